import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_root_volume_encrypted.ts';
import { instance, ROOT_VOLUME, runOn } from './helpers.ts';

describe('ec2_instance_root_volume_encrypted', () => {
  it('compliance: the root device volume is encrypted', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.volumeId).toBe(ROOT_VOLUME);
  });

  it('compliance: an unencrypted data volume does not matter, only the root one', async () => {
    const outcome = await runOn(check, (a) => instance(a).blockDevices.push({ deviceName: '/dev/sdf', volumeId: 'vol-0data' }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the root volume is not encrypted', async () => {
    const outcome = await runOn(check, (a) => (a.network.volumes![0]!.encrypted = false));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.encrypted).toBe(false);
  });

  it('non-compliance: the encrypted volume is a data disk, the root one is not', async () => {
    const outcome = await runOn(check, (a) => {
      instance(a).blockDevices = [{ deviceName: '/dev/xvda', volumeId: 'vol-0data' }, { deviceName: '/dev/sdf', volumeId: ROOT_VOLUME }];
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.volumeId).toBe('vol-0data');
  });
});
