import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_account_password_policy.ts';
import { runOnAccount } from './helpers.ts';

describe('iam_account_password_policy', () => {
  it('compliance: 14 characters and users may change their own password', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:iam::123456789012:root');
  });

  it('compliance: a stricter policy (longer, every character class, reuse prevention)', async () => {
    const outcome = await runOnAccount(check, (a) => (a.passwordPolicy = { ...a.passwordPolicy!, minimumLength: 20, requireSymbols: true, requireNumbers: true, passwordReusePrevention: 24 }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no password policy (IAM default)', async () => {
    const outcome = await runOnAccount(check, (a) => (a.passwordPolicy = undefined));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.found).toBeNull();
  });

  it('non-compliance: too short, and users cannot change their password', async () => {
    const outcome = await runOnAccount(check, (a) => (a.passwordPolicy = { ...a.passwordPolicy!, minimumLength: 8, allowUsersToChangePassword: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('In the password policy of account 123456789012, the minimum length is 8, below 14 and users cannot change their own password.');
  });
});
