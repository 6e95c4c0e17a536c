import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_public_access_blocked.ts';
import { fixtureContext, referenceBucket } from '../../../support/fixture-account.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const NONE = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

describe('s3_bucket_public_access_blocked', () => {
  it('compliance: all four on the bucket, without reading the account settings', async () => {
    const ctx = fixtureContext({ buckets: [referenceBucket()] });
    expect((await check.run(ctx)).status).toBe('pass');
    expect(ctx.calls).not.toContain('s3.accountPublicAccessBlock:');
  });

  it('compliance: all four on the account, none on the bucket', async () => {
    const outcome = await runOn(check, (b) => delete b.publicAccessBlock, { accountPublicAccessBlock: ALL });
    expect(outcome.status).toBe('pass');
  });

  it('compliance: bucket and account together cover all four', async () => {
    const outcome = await runOn(check, (b) => (b.publicAccessBlock = { ...NONE, BlockPublicAcls: true, IgnorePublicAcls: true }), {
      accountPublicAccessBlock: { ...NONE, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: one setting off everywhere, named in the message and evidence', async () => {
    const outcome = await runOn(check, (b) => (b.publicAccessBlock = { ...ALL, RestrictPublicBuckets: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.missing).toEqual(['RestrictPublicBuckets']);
    expect(outcome.message.en).toContain('RestrictPublicBuckets');
  });

  it('non-compliance: nothing configured anywhere', async () => {
    const outcome = await runOn(check, (b) => delete b.publicAccessBlock);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.missing).toHaveLength(4);
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
