import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_role_trusts_lambda_only.ts';
import { ACCOUNT, ROLE, ROLE_ARN, run } from './helpers.ts';

const trust = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements as never });

describe('lambda_role_trusts_lambda_only', () => {
  it('compliance: the trust Lambda\'s console writes', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Role ${ROLE} trusts lambda.amazonaws.com only.`);
    expect(outcome.evidence).toMatchObject({ resource: ROLE_ARN, found: ['Service:lambda.amazonaws.com'] });
  });

  it('compliance: Lambda as a one-item list, the action as sts:*', async () => {
    const outcome = await run(check, (a) => (a.role.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:*'] })));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: EC2 trusted too', async () => {
    const outcome = await run(check, (a) => (a.role.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} also trusts Service:ec2.amazonaws.com.`);
    expect(outcome.evidence.found).toEqual(['Service:lambda.amazonaws.com', 'Service:ec2.amazonaws.com']);
  });

  it('non-compliance: an account, or everyone, in a second statement', async () => {
    for (const principal of [{ AWS: `arn:aws:iam::${ACCOUNT}:root` }, '*']) {
      const outcome = await run(check, (a) => (a.role.trustPolicy = trust(
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' },
      )));
      expect(outcome.status, JSON.stringify(principal)).toBe('fail');
      expect(outcome.message.en).toContain('also trusts');
    }
  });

  it('non-compliance: NotPrincipal in an Allow', async () => {
    const outcome = await run(check, (a) => (a.role.trustPolicy = trust({ Effect: 'Allow', NotPrincipal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('uses NotPrincipal in an Allow');
  });

  it('non-compliance: Lambda named, but not allowed to assume the role', async () => {
    const outcome = await run(check, (a) => (a.role.trustPolicy = trust({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:TagSession' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The trust of role ${ROLE} does not let Lambda assume it.`);
  });

  it('non-compliance: the function runs as a role that no longer exists', async () => {
    const outcome = await run(check, (a) => (a.role.name = 'some-other-role'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`(${ROLE_ARN}) does not exist`);
    expect(outcome.evidence.role).toBe(ROLE_ARN);
  });
});
