import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_user_console_password.ts';
import { ana, runOnAccount } from './helpers.ts';

describe('iam_user_console_password', () => {
  it('compliance: a console password that must be changed at next sign-in', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.loginProfile).toMatchObject({ passwordResetRequired: true });
  });

  it('compliance: the user already signed in (PasswordLastUsed), so the reset has happened', async () => {
    const outcome = await runOnAccount(check, (a) => {
      ana(a).loginProfile = { createdAt: '2026-11-02T10:01:00.000Z', passwordResetRequired: false };
      ana(a).passwordLastUsed = '2026-11-03T08:00:00.000Z';
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toContain('has already signed in');
    expect(outcome.evidence.passwordLastUsed).toBe('2026-11-03T08:00:00.000Z');
  });

  it('non-compliance: a password that need not be changed and was never used', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).loginProfile = { passwordResetRequired: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/does not require a change and has never been used/);
  });

  it('non-compliance: no console access', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).loginProfile = undefined));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.loginProfile).toBeNull();
  });
});
