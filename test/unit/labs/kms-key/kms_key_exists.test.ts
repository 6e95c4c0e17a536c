import { describe, expect, it } from 'vitest';
import check from '../../../../labs/kms-key/checks/kms_key_exists.ts';
import { ALIAS, KEY_ARN, KEY_ID, run } from './helpers.ts';

describe('kms_key_exists', () => {
  it('compliance: the lesson\'s alias points to an enabled symmetric customer managed key', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Alias ${ALIAS} points to key ${KEY_ID}, symmetric, customer managed and enabled.`);
    expect(outcome.evidence).toMatchObject({ resource: KEY_ARN, alias: ALIAS, state: 'Enabled', keyManager: 'CUSTOMER' });
  });

  it('compliance: alias/taxis-datalake-<suffix> in a shared account; the newest key is graded', async () => {
    const outcome = await run(check, (a) => {
      a.keys[0]!.aliases = ['alias/taxis-datalake-ana'];
      a.keys.push({ id: 'old-key', aliases: ['alias/taxis-datalake-old'], createdAt: '2026-01-01T00:00:00.000Z', state: 'Disabled', policy: { Version: '2012-10-17', Statement: [] } });
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ alias: 'alias/taxis-datalake-ana', otherAliases: ['alias/taxis-datalake-old'] });
  });

  it('non-compliance: no alias like the lesson\'s, with a near miss named', async () => {
    const outcome = await run(check, (a) => (a.keys[0]!.aliases = ['alias/taxi-datalake']));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no alias alias/taxis-datalake (nor alias/taxis-datalake-…) pointing to a key in this region. Did you mean alias/taxi-datalake? Only names that start like the lesson\'s are graded.');
    expect(outcome.evidence.didYouMean).toEqual(['alias/taxi-datalake']);
  });

  it('non-compliance: the key is disabled', async () => {
    const outcome = await run(check, (a) => (a.keys[0]!.state = 'Disabled'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Key ${KEY_ID} behind alias ${ALIAS} will not do: its state is Disabled, not Enabled.`);
  });

  it('non-compliance: the key is scheduled for deletion', async () => {
    const outcome = await run(check, (a) => (a.keys[0]!.state = 'PendingDeletion'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('scheduled for deletion (PendingDeletion)');
  });

  it('non-compliance: an asymmetric signing key', async () => {
    const outcome = await run(check, (a) => Object.assign(a.keys[0]!, { spec: 'RSA_2048', usage: 'SIGN_VERIFY' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('it is RSA_2048/SIGN_VERIFY, not a symmetric encryption key');
  });
});
