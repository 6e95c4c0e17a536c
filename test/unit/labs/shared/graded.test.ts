import { describe, expect, it } from 'vitest';
import { findBucket, gradedBucket } from '../../../../labs/s3-bucket/bucket.ts';
import s3BucketExists from '../../../../labs/s3-bucket/checks/s3_bucket_exists.ts';
import { didYouMean, editDistance, nearMisses } from '../../../../labs/shared/near-miss.ts';
import { fixtureContext, referenceBucket } from '../../../support/fixture-account.ts';

const OWNER_TAGS = { 'nubelab:lab': 's3-bucket', 'nubelab:learner': 'student' };
const reference = { ...referenceBucket('taxis-datalake-student-123456789012'), createdAt: '2026-11-30T10:00:00Z', tags: OWNER_TAGS };
const learners = { ...referenceBucket('taxis-datalake-ana-123456789012'), createdAt: '2026-11-30T09:00:00Z' };

function context(settings: { resource?: string | string[]; excludeReference?: boolean } = {}) {
  const ctx = fixtureContext({ buckets: [reference, learners] });
  Object.assign(ctx.settings, settings);
  return ctx;
}

describe('which resource is graded, and the header that says so', () => {
  it('by default the newest matching bucket, marked as the reference solution when deploy made it, the other listed', async () => {
    expect(await gradedBucket(context())).toEqual([
      { kind: { es: 'bucket', en: 'bucket' }, name: reference.name, reference: true, others: [learners.name] },
    ]);
  });

  it('--exclude-reference grades the learner\'s own bucket instead', async () => {
    const ctx = context({ excludeReference: true });
    expect((await findBucket(ctx)).graded?.name).toBe(learners.name);
    expect(await gradedBucket(ctx)).toEqual([{ kind: { es: 'bucket', en: 'bucket' }, name: learners.name, reference: false, others: [] }]);
  });

  it('--exclude-reference with only the reference there grades nothing: the lab fails as on an empty account', async () => {
    const ctx = fixtureContext({ buckets: [reference] });
    Object.assign(ctx.settings, { excludeReference: true });
    expect((await s3BucketExists.run(ctx)).status).toBe('fail');
    expect(await gradedBucket(ctx)).toEqual([]);
  });

  it('--resource puts the named bucket first, whatever its age', async () => {
    const ctx = context({ resource: ['de-s3access', learners.name] });
    expect((await findBucket(ctx)).graded).toMatchObject({ name: learners.name, others: [reference.name] });
  });

  it('a single --resource name works as well as a list', async () => {
    expect((await findBucket(context({ resource: learners.name }))).graded?.name).toBe(learners.name);
  });

  it('an ordinary run reads no tags until the header asks about the graded bucket', async () => {
    const ctx = context();
    await findBucket(ctx);
    expect(ctx.calls.filter((c) => c.startsWith('s3.bucketTags'))).toEqual([]);
  });
});

describe('near-miss suggestions', () => {
  it('edit distance counts insertions, deletions and substitutions', () => {
    expect([editDistance('taxis', 'taxi'), editDistance('kitten', 'sitting'), editDistance('', 'ab')]).toEqual([1, 3, 2]);
  });

  it('finds names that almost start like the lesson\'s, closest first, not unrelated ones', () => {
    expect(nearMisses('taxis-datalake-', ['taxi-datalake-ana', 'taxis_datalake-ana', 'photos', 'taxis-datalake-ok'])).toEqual(['taxi-datalake-ana', 'taxis_datalake-ana']);
    expect(nearMisses('de-s3access', ['de-s3acess', 'DE-S3ACCESS-x', 'admin'])).toEqual(['de-s3acess']);
    // A short name allows one edit only.
    expect(nearMisses('taxis', ['taxes', 'tax', 'maxes'])).toEqual(['taxes']);
  });

  it('says "did you mean" in both languages, and nothing when there is nothing close', () => {
    expect(didYouMean(['de-s3acess']).en).toBe(" Did you mean de-s3acess? Only names that start like the lesson's are graded.");
    expect(didYouMean(['de-s3acess']).es).toContain('¿Querías decir de-s3acess?');
    expect(didYouMean([])).toEqual({ es: '', en: '' });
  });

  it('a bucket with a typo in its name is suggested in the failure', async () => {
    const outcome = await s3BucketExists.run(fixtureContext({ buckets: [{ name: 'taxi-datalake-ana-123456789012' }] }));
    expect(outcome.message.en).toContain('Did you mean taxi-datalake-ana-123456789012?');
    expect(outcome.evidence.didYouMean).toEqual(['taxi-datalake-ana-123456789012']);
  });

  it('the right name in another region is pointed out with the region to use', async () => {
    const outcome = await s3BucketExists.run(fixtureContext({ buckets: [{ ...learners, region: 'eu-west-1' }] }));
    expect(outcome.message.en).toContain(`Bucket ${learners.name} is in eu-west-1: create it in us-east-1 or check with --region eu-west-1.`);
    expect(outcome.message.es).toContain(`El bucket ${learners.name} está en eu-west-1`);
  });
});
