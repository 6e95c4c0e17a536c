import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_group_ec2_access.ts';
import { ADMINISTRATOR, EC2_FULL_ACCESS, EC2_READ_ONLY, operatorPolicy, runOnAccount } from './helpers.ts';

describe('iam_group_ec2_access', () => {
  it("compliance: the lesson's operator policy", async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: 'arn:aws:iam::123456789012:group/ec2-operators', policies: ['arn:aws:iam::123456789012:policy/ec2-operator'] });
  });

  it('compliance: AmazonEC2ReadOnlyAccess, or the same policy inline', async () => {
    expect((await runOnAccount(check, (a) => (a.groups[0]!.policies = [EC2_READ_ONLY]))).status).toBe('pass');
    const inline = { ...operatorPolicy(), kind: 'inline' as const, arn: undefined };
    expect((await runOnAccount(check, (a) => (a.groups[0]!.policies = [inline]))).status).toBe('pass');
  });

  it("compliance: the guide's AmazonEC2FullAccess (too broad for a real account, but no IAM)", async () => {
    expect((await runOnAccount(check, (a) => (a.groups[0]!.policies = [EC2_FULL_ACCESS]))).status).toBe('pass');
  });

  it('non-compliance: a group with no policy', async () => {
    const outcome = await runOnAccount(check, (a) => (a.groups[0]!.policies = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Group ec2-operators has no policy.');
  });

  it('non-compliance: a policy that grants something else (S3 reads)', async () => {
    const outcome = await runOnAccount(check, (a) => (a.groups[0]!.policies = [{ name: 's3', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] } }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.notAllowedButShouldBe).toEqual([{ action: 'ec2:DescribeInstances', resource: '*', decision: 'implicit-deny' }]);
  });

  it('non-compliance: an explicit deny on EC2 beside the allow', async () => {
    const outcome = await runOnAccount(check, (a) => a.groups[0]!.policies!.push({ name: 'deny', kind: 'inline', document: { Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }] } }));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: AdministratorAccess lets members grant themselves more', async () => {
    const outcome = await runOnAccount(check, (a) => a.groups[0]!.policies!.push(ADMINISTRATOR));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/can do iam:AttachGroupPolicy \(granted by AdministratorAccess\)/);
  });
});
