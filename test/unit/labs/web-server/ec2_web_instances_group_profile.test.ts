import { describe, expect, it } from 'vitest';
import check from '../../../../labs/web-server/checks/ec2_web_instances_group_profile.ts';
import { GROUP, instance, runOn } from './helpers.ts';

describe('ec2_web_instances_group_profile', () => {
  it('compliance: both servers use the web group and carry a profile', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.webGroup).toBe(`nubelab-web-sg (${GROUP})`);
  });

  it('compliance: an extra group next to the web one, and any instance profile', async () => {
    const outcome = await runOn(check, (n) => {
      instance(n, 0).securityGroupIds = ['sg-0default', GROUP];
      instance(n, 1).instanceProfileArn = 'arn:aws:iam::123456789012:instance-profile/web-app';
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: one server without the web group', async () => {
    const outcome = await runOn(check, (n) => (instance(n, 1).securityGroupIds = ['sg-0default']));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('nubelab-web-2 (i-0web2) does not use nubelab-web-sg');
  });

  it('non-compliance: one server without an instance profile', async () => {
    const outcome = await runOn(check, (n) => (instance(n, 0).instanceProfileArn = undefined));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('nubelab-web-1 (i-0web1) has no instance profile');
  });
});
