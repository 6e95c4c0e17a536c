import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_user_permissions_from_group.ts';
import { ana, CHANGE_PASSWORD, EC2_FULL_ACCESS, runOnAccount } from './helpers.ts';

describe('iam_user_permissions_from_group', () => {
  it('compliance: no policies on the user, permissions from the group', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ groups: ['ec2-operators'], userPolicies: [] });
    expect(outcome.evidence).not.toHaveProperty('allowed');
  });

  it('compliance: IAMUserChangePassword, which the console attaches for the password change, is allowed and said so', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).policies = [CHANGE_PASSWORD]));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toContain('plus IAMUserChangePassword');
    expect(outcome.evidence.allowed).toEqual({ 'arn:aws:iam::aws:policy/IAMUserChangePassword': expect.stringContaining('console') });
  });

  it('non-compliance: a managed policy attached to the user', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).policies = [CHANGE_PASSWORD, EC2_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('User ana has policies of its own: AmazonEC2FullAccess.');
    expect(outcome.evidence.userPolicies).toEqual(['arn:aws:iam::aws:policy/AmazonEC2FullAccess']);
  });

  it('non-compliance: an inline policy on the user, even one named like the exemption', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).policies = [{ name: 'IAMUserChangePassword', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] } }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.userPolicies).toEqual(['IAMUserChangePassword (inline)']);
  });
});
