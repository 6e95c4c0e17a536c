import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-role/checks/iam_role_trusts_ec2_only.ts';
import { runOnRole } from './helpers.ts';

const trust = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements as never });

describe('iam_role_trusts_ec2_only', () => {
  it('compliance: the console\'s EC2 trust', async () => {
    expect((await runOnRole(check)).status).toBe('pass');
  });

  it('compliance: EC2 written as a one-item list, action as sts:*', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:*'] })));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: another service trusted too', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('Service:lambda.amazonaws.com');
  });

  it('non-compliance: a wildcard principal, or an account', async () => {
    for (const principal of ['*', { AWS: '*' }, { AWS: 'arn:aws:iam::111122223333:root' }]) {
      const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' })));
      expect(outcome.status, JSON.stringify(principal)).toBe('fail');
    }
  });

  it('non-compliance: NotPrincipal in an Allow', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', NotPrincipal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: trusts Lambda, not EC2', async () => {
    const outcome = await runOnRole(check, (r) => (r.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
  });
});
