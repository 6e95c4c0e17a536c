import { describe, expect, it } from 'vitest';
import check from '../../../../labs/kms-key/checks/kms_key_rotation_enabled.ts';
import { ALIAS, KEY_ID, run } from './helpers.ts';

describe('kms_key_rotation_enabled', () => {
  it('compliance: rotation on, every 365 days', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Key ${KEY_ID} (${ALIAS}) rotates automatically every 365 days.`);
    expect(outcome.evidence).toMatchObject({ rotationEnabled: true, rotationPeriodInDays: 365 });
  });

  it('compliance: a 90-day period, or an engine that does not report the period', async () => {
    expect((await run(check, (a) => (a.keys[0]!.rotation = { enabled: true, periodDays: 90 }))).status).toBe('pass');
    const outcome = await run(check, (a) => (a.keys[0]!.rotation = { enabled: true }));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Key ${KEY_ID} (${ALIAS}) rotates automatically.`);
  });

  it('non-compliance: rotation off (the default of a new key)', async () => {
    const outcome = await run(check, (a) => (a.keys[0]!.rotation = { enabled: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Key ${KEY_ID} (${ALIAS}) does not have automatic rotation turned on.`);
    expect(outcome.evidence.rotationEnabled).toBe(false);
  });
});
