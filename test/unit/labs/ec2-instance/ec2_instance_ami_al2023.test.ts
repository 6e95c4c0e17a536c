import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_ami_al2023.ts';
import { instance, runOn } from './helpers.ts';

describe('ec2_instance_ami_al2023', () => {
  it('compliance: an AMI named al2023-ami-…', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.imageName).toMatch(/^al2023-ami-/);
  });

  it('compliance: the minimal AL2023 AMI counts too', async () => {
    const outcome = await runOn(check, (a) => (a.network.images![0]!.name = 'al2023-ami-minimal-2023.9.20261110.0-kernel-6.12-x86_64'));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: Amazon Linux 2 or Ubuntu', async () => {
    for (const imageId of ['ami-0al2', 'ami-0ubuntu']) {
      const outcome = await runOn(check, (a) => (instance(a).imageId = imageId));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain('not Amazon Linux 2023');
    }
  });

  it('non-compliance: an image that can no longer be read', async () => {
    const outcome = await runOn(check, (a) => (instance(a).imageId = 'ami-0gone'));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.imageName).toBeNull();
  });
});
