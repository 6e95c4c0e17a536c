import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_versioning_enabled.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

describe('s3_bucket_versioning_enabled', () => {
  it('compliance: Enabled', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('non-compliance: Suspended', async () => {
    const outcome = await runOn(check, (b) => (b.versioning = 'Suspended'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/suspended/);
  });

  it('non-compliance: never enabled', async () => {
    const outcome = await runOn(check, (b) => delete b.versioning);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.found).toBeNull();
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
