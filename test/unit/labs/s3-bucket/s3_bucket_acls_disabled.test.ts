import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_acls_disabled.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

describe('s3_bucket_acls_disabled', () => {
  it('compliance: BucketOwnerEnforced', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it.each(['BucketOwnerPreferred', 'ObjectWriter'])('non-compliance: %s keeps ACLs active', async (ownership) => {
    const outcome = await runOn(check, (b) => (b.ownership = ownership));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.found).toBe(ownership);
  });

  it('non-compliance: no ownership controls at all', async () => {
    const outcome = await runOn(check, (b) => delete b.ownership);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.found).toBeNull();
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
