import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-role-s3-dynamodb/checks/iam_app_role_exists.ts';
import { referenceRole, roleContext, runOnRole } from './helpers.ts';

describe('iam_app_role_exists', () => {
  it('compliance: a role named taxi-ec2-app-role', async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:iam::123456789012:role/taxi-ec2-app-role');
  });

  it('compliance: a learner suffix, taxi-ec2-app-role-ana, is accepted; the exact name wins over it', async () => {
    expect((await runOnRole(check, (r) => (r.name = 'taxi-ec2-app-role-ana'))).status).toBe('pass');
    const both = await check.run(roleContext([{ ...referenceRole(), name: 'taxi-ec2-app-role-zoe', createdAt: '2026-11-30T00:00:00Z' }, referenceRole()]));
    expect(both.evidence).toMatchObject({ resource: 'arn:aws:iam::123456789012:role/taxi-ec2-app-role', otherMatchingRoles: ['taxi-ec2-app-role-zoe'] });
  });

  it("non-compliance: only the other lab's role and a misspelt one, listed in the evidence", async () => {
    const outcome = await check.run(roleContext([{ ...referenceRole(), name: 'de-s3access' }, { ...referenceRole(), name: 'taxi-ec2-app' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.rolesSeen).toEqual(['de-s3access', 'taxi-ec2-app']);
  });

  it('non-compliance: empty account', async () => {
    expect((await check.run(roleContext([]))).status).toBe('fail');
  });
});
