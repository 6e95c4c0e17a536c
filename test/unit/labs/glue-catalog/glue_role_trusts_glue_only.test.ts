import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_role_trusts_glue_only.ts';
import { GLUE_TRUST, ROLE, ROLE_ARN, run } from './helpers.ts';

describe('glue_role_trusts_glue_only', () => {
  it("compliance: the lesson's role, trusted by Glue alone", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: ROLE_ARN, found: ['Service:glue.amazonaws.com'], otherMatchingRoles: [] });
  });

  it('compliance: a learner-suffixed role in a shared account', async () => {
    const outcome = await run(check, (a) => (a.role.name = `${ROLE}-ana`));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe(`${ROLE_ARN}-ana`);
  });

  it('non-compliance: EC2 may assume it too', async () => {
    const outcome = await run(check, (a) => {
      a.role.trustPolicy = { ...GLUE_TRUST, Statement: [{ ...GLUE_TRUST.Statement[0]!, Principal: { Service: ['glue.amazonaws.com', 'ec2.amazonaws.com'] } }] };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} also trusts Service:ec2.amazonaws.com.`);
  });

  it('non-compliance: a role for Lambda, not Glue', async () => {
    const outcome = await run(check, (a) => (a.role.trustPolicy = { ...GLUE_TRUST, Statement: [{ ...GLUE_TRUST.Statement[0]!, Principal: { Service: 'lambda.amazonaws.com' } }] }));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no role named like the lesson, with the roles seen', async () => {
    const outcome = await run(check, (a) => (a.role.name = 'GlueRole'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`There is no role named ${ROLE} (nor ${ROLE}-…).`);
    expect(outcome.evidence.rolesSeen).toEqual(['GlueRole']);
  });
});
