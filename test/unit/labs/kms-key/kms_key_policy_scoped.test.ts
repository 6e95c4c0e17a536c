import { describe, expect, it } from 'vitest';
import check from '../../../../labs/kms-key/checks/kms_key_policy_scoped.ts';
import { ACCOUNT, ALIAS, KEY_ID, ROOT_STATEMENT, run } from './helpers.ts';

describe('kms_key_policy_scoped', () => {
  it('compliance: only the account statement (IAM policies decide)', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The policy of key ${KEY_ID} (${ALIAS}) gives nothing to "*" or to other accounts.`);
    expect(outcome.evidence.requests).toEqual(expect.arrayContaining([{ caller: 'account 111122223333', action: 'kms:Decrypt', decision: 'implicit-deny' }]));
  });

  it('compliance: a named role of the account may use the key (the lesson\'s Glue statement)', async () => {
    const outcome = await run(check, (a) => a.keys[0]!.policy.Statement.push({
      Sid: 'GlueRoleUsesKey', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/TaxisGlueServiceRole` },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*',
    }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: another account may decrypt', async () => {
    const outcome = await run(check, (a) => a.keys[0]!.policy.Statement.push({
      Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*',
    }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(
      `The policy of key ${KEY_ID} (${ALIAS}) lets others in: account 111122223333: kms:Decrypt; account 111122223333: kms:GenerateDataKey; ` +
      'a role of account 111122223333: kms:Decrypt; a role of account 111122223333: kms:GenerateDataKey.',
    );
    expect(outcome.message.es).toContain('la cuenta 111122223333: kms:Decrypt');
  });

  it('non-compliance: Principal "*" may administer the key', async () => {
    const outcome = await run(check, (a) => (a.keys[0]!.policy.Statement = [{ ...ROOT_STATEMENT, Principal: '*' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('a role of this account without IAM permissions: kms:PutKeyPolicy');
    expect(outcome.message.en).toContain('account 111122223333: kms:ScheduleKeyDeletion');
  });
});
