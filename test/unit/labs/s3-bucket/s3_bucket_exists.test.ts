import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_exists.ts';
import { fixtureContext, referenceBucket } from '../../../support/fixture-account.ts';
import { runOnEmptyAccount } from './helpers.ts';

describe('s3_bucket_exists', () => {
  it('compliance: a taxis-datalake- bucket in the lab region', async () => {
    const outcome = await check.run(fixtureContext({ buckets: [referenceBucket()] }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:s3:::taxis-datalake-ana-123456789012');
  });

  it('non-compliance: empty account, and the evidence says what was looked for', async () => {
    const outcome = await runOnEmptyAccount(check);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.lookedFor).toEqual({ namePrefix: 'taxis-datalake-', region: 'us-east-1' });
  });

  it('non-compliance: the matching bucket is in another region, and the evidence lists it', async () => {
    const outcome = await check.run(fixtureContext({ buckets: [{ ...referenceBucket(), region: 'eu-west-1' }, { name: 'other-bucket' }] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.bucketsSeen).toEqual([
      { name: 'taxis-datalake-ana-123456789012', region: 'eu-west-1' },
      { name: 'other-bucket' },
    ]);
  });

  it('non-compliance: a bucket whose name only contains the prefix', async () => {
    const outcome = await check.run(fixtureContext({ buckets: [{ ...referenceBucket('my-taxis-datalake-ana') }] }));
    expect(outcome.status).toBe('fail');
  });

  it('grades the newest of several matches and lists the others', async () => {
    const older = { ...referenceBucket('taxis-datalake-old'), createdAt: '2025-01-01T00:00:00.000Z' };
    const newer = { ...referenceBucket('taxis-datalake-new'), createdAt: '2026-06-01T00:00:00.000Z' };
    const outcome = await check.run(fixtureContext({ buckets: [older, newer] }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:s3:::taxis-datalake-new');
    expect(outcome.evidence.otherMatchingBuckets).toEqual(['taxis-datalake-old']);
  });

  it('grades the bucket chosen with --resource, and says that is why', async () => {
    const older = { ...referenceBucket('taxis-datalake-old'), createdAt: '2025-01-01T00:00:00.000Z' };
    const newer = { ...referenceBucket('taxis-datalake-new'), createdAt: '2026-06-01T00:00:00.000Z' };
    const ctx = fixtureContext({ buckets: [older, newer] });
    const outcome = await check.run({ ...ctx, settings: { ...ctx.settings, resource: 'taxis-datalake-old' } });
    expect(outcome.evidence.resource).toBe('arn:aws:s3:::taxis-datalake-old');
    expect(outcome.message.en).toContain('the one chosen with --resource is graded');
    expect(outcome.message.en).not.toContain('newest');
  });

  it('uses the lab region the run was given', async () => {
    const outcome = await check.run(fixtureContext({ buckets: [{ ...referenceBucket(), region: 'eu-west-1' }] }, 'eu-west-1'));
    expect(outcome.status).toBe('pass');
  });
});
