import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_role_trusts_sagemaker_only.ts';
import { ROLE, ROLE_ARN, run, SAGEMAKER_TRUST } from './helpers.ts';

describe('sagemaker_role_trusts_sagemaker_only', () => {
  it("compliance: the lesson's role, trusted by SageMaker alone", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: ROLE_ARN, found: ['Service:sagemaker.amazonaws.com'] });
  });

  it('compliance: a learner-suffixed role in a shared account', async () => {
    const outcome = await run(check, (a) => (a.role.name = `${ROLE}-ana`));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the account root may assume it too', async () => {
    const outcome = await run(check, (a) => {
      a.role.trustPolicy = { ...SAGEMAKER_TRUST, Statement: [...SAGEMAKER_TRUST.Statement, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} also trusts AWS:arn:aws:iam::123456789012:root.`);
  });

  it('non-compliance: no role named like the lesson', async () => {
    const outcome = await run(check, (a) => (a.role.name = 'AmazonSageMaker-ExecutionRole-2026'));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.rolesSeen).toEqual(['AmazonSageMaker-ExecutionRole-2026']);
  });
});
