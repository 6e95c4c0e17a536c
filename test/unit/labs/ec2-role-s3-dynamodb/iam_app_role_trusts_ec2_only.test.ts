import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-role-s3-dynamodb/checks/iam_app_role_trusts_ec2_only.ts';
import { roleContext, runOnRole } from './helpers.ts';

const trust = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements as never });

describe('iam_app_role_trusts_ec2_only', () => {
  it("compliance: the console's EC2 trust", async () => {
    expect((await runOnRole(check)).status).toBe('pass');
  });

  it('compliance: EC2 written as a one-item list', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:AssumeRole'] })));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: Lambda trusted as well', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('Service:lambda.amazonaws.com');
  });

  it('non-compliance: the whole account may assume it', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no role at all', async () => {
    expect((await check.run(roleContext([]))).status).toBe('fail');
  });
});
