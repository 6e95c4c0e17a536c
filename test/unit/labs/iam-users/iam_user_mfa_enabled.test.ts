import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_user_mfa_enabled.ts';
import { ana, runOnAccount } from './helpers.ts';

describe('iam_user_mfa_enabled', () => {
  it('compliance: a virtual MFA device is enabled', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('User ana has MFA enabled (arn:aws:iam::123456789012:mfa/ana).');
  });

  it('compliance: a hardware or passkey device counts too', async () => {
    expect((await runOnAccount(check, (a) => (ana(a).mfaDevices = [{ serialNumber: 'GAHT12345678' }]))).status).toBe('pass');
  });

  it('non-compliance: no MFA device', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).mfaDevices = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.mfaDevices).toEqual([]);
  });
});
