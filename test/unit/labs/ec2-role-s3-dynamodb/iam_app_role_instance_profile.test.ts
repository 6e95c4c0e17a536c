import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-role-s3-dynamodb/checks/iam_app_role_instance_profile.ts';
import { roleContext, runOnRole } from './helpers.ts';

describe('iam_app_role_instance_profile', () => {
  it('compliance: in a profile of the same name, as the console creates it', async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.instanceProfiles).toEqual(['arn:aws:iam::123456789012:instance-profile/taxi-ec2-app-role']);
  });

  it('compliance: a profile with another name', async () => {
    expect((await runOnRole(check, (r) => (r.instanceProfiles = ['taxi-app-profile']))).status).toBe('pass');
  });

  it('non-compliance: a role created with the CLI and no profile', async () => {
    const outcome = await runOnRole(check, (r) => (r.instanceProfiles = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Role taxi-ec2-app-role is in no instance profile.');
  });

  it('non-compliance: no role at all', async () => {
    expect((await check.run(roleContext([]))).status).toBe('fail');
  });
});
