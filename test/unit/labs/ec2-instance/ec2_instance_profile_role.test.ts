import { describe, expect, it } from 'vitest';
import type { RoleInfo } from '../../../../checker/services/iam/types.ts';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_profile_role.ts';
import { instance, runOn } from './helpers.ts';

const OTHER = 'arn:aws:iam::123456789012:instance-profile/web-server';

describe('ec2_instance_profile_role', () => {
  it('compliance: the profile that holds de-s3access', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toContain('role de-s3access');
  });

  it('compliance: a suffixed role in a differently named profile (the reference names both de-s3access-<learner>)', async () => {
    const outcome = await runOn(check, (a) => {
      a.roles.push({ name: 'de-s3access-ana', arn: 'arn:aws:iam::123456789012:role/de-s3access-ana' } as RoleInfo);
      a.profiles['de-s3access-ana'] = ['arn:aws:iam::123456789012:instance-profile/ana-workstation'];
      instance(a).instanceProfileArn = 'arn:aws:iam::123456789012:instance-profile/ana-workstation';
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no instance profile at all', async () => {
    const outcome = await runOn(check, (a) => (instance(a).instanceProfileArn = undefined));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('has no instance profile');
  });

  it('non-compliance: a profile with another role', async () => {
    const outcome = await runOn(check, (a) => {
      a.roles.push({ name: 'web-server', arn: 'arn:aws:iam::123456789012:role/web-server' } as RoleInfo);
      a.profiles['web-server'] = [OTHER];
      instance(a).instanceProfileArn = OTHER;
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.instanceProfile).toBe(OTHER);
  });
});
