import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-role/checks/iam_role_instance_profile.ts';
import { roleContext, runOnRole } from './helpers.ts';

describe('iam_role_instance_profile', () => {
  it('compliance: in a profile of the same name', async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.instanceProfiles).toEqual(['arn:aws:iam::123456789012:instance-profile/de-s3access']);
  });

  it('compliance: a profile with any name', async () => {
    expect((await runOnRole(check, (r) => (r.instanceProfiles = ['data-engineer-profile']))).status).toBe('pass');
  });

  it('non-compliance: in no profile', async () => {
    expect((await runOnRole(check, (r) => (r.instanceProfiles = []))).status).toBe('fail');
  });

  it('non-compliance: no role at all', async () => {
    expect((await check.run(roleContext([]))).status).toBe('fail');
  });
});
