import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-role/checks/iam_role_exists.ts';
import { referenceRole, roleContext, runOnRole } from './helpers.ts';

describe('iam_role_exists', () => {
  it('compliance: a role named de-s3access', async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:iam::123456789012:role/de-s3access');
  });

  it('compliance: a learner suffix, de-s3access-ana, is accepted; the exact name wins over it', async () => {
    expect((await runOnRole(check, (r) => (r.name = 'de-s3access-ana'))).status).toBe('pass');
    const both = await check.run(roleContext([{ ...referenceRole(), name: 'de-s3access-zoe', createdAt: '2026-11-30T00:00:00Z' }, referenceRole()]));
    expect(both.evidence).toMatchObject({ resource: 'arn:aws:iam::123456789012:role/de-s3access', otherMatchingRoles: ['de-s3access-zoe'] });
  });

  it('non-compliance: only differently named roles, listed in the evidence', async () => {
    const outcome = await runOnRole(check, (r) => (r.name = 'de_s3access'));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.rolesSeen).toEqual(['de_s3access']);
  });

  it('non-compliance: empty account', async () => {
    expect((await check.run(roleContext([]))).status).toBe('fail');
  });
});
