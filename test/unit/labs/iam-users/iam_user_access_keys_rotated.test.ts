import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_user_access_keys_rotated.ts';
import { ana, daysAgo, runOnAccount } from './helpers.ts';

const key = (id: string, status: 'Active' | 'Inactive', days: number) => ({ id, status, createdAt: daysAgo(days) });

describe('iam_user_access_keys_rotated', () => {
  it('compliance: no access keys at all', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('User ana has no access keys: nothing to rotate.');
  });

  it('compliance: one active key younger than 90 days (including one of exactly 90)', async () => {
    expect((await runOnAccount(check, (a) => (ana(a).accessKeys = [key('AKIANEW', 'Active', 10)]))).status).toBe('pass');
    expect((await runOnAccount(check, (a) => (ana(a).accessKeys = [key('AKIANEW', 'Active', 90)]))).status).toBe('pass');
  });

  it('non-compliance: two active keys (a rotation left half-done)', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).accessKeys = [key('AKIAOLD', 'Active', 40), key('AKIANEW', 'Active', 1)]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/has 2 active keys \(AKIAOLD, AKIANEW\)/);
  });

  it('non-compliance: an active key older than 90 days', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).accessKeys = [key('AKIAOLD', 'Active', 120)]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Active key AKIAOLD of ana is 120 days old, more than 90: rotate it.');
    expect(outcome.evidence.accessKeys).toEqual([expect.objectContaining({ id: 'AKIAOLD', ageDays: 120 })]);
  });

  it('non-compliance: a deactivated key left behind after the rotation', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).accessKeys = [key('AKIAOLD', 'Inactive', 100), key('AKIANEW', 'Active', 2)]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/still has deactivated key AKIAOLD/);
  });
});
