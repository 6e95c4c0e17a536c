import type { CheckContext, Evidence, GradedResource, Outcome } from '../../checker/core/types.ts';
import { fail } from '../../checker/core/define.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/** The lesson asks learners to start the bucket name with this. */
export const BUCKET_PREFIX = 'taxis-datalake-';

export interface GradedBucket {
  name: string;
  arn: string;
  region: string;
  createdAt?: string;
  /** Other matching buckets in the lab region, newest first; the graded one is the newest. */
  others: string[];
}

interface BucketSearch {
  graded?: GradedBucket;
  /** What was looked at, for the evidence when nothing matched. */
  seen: { name: string; region?: string }[];
}

/** Whether `nubelab deploy` created the bucket (it carries the deployment's owner tags). */
export function isReferenceBucket(ctx: CheckContext, name: string): Promise<boolean> {
  return ctx.derive(`s3:reference:${name}`, async () => hasOwnerTags(await ctx.s3.bucketTags(name)));
}

/**
 * Finds the learner's bucket once per run: prefix match, in the lab region, newest first (a
 * bucket the grader names with --resource first; with --exclude-reference, none that
 * `nubelab deploy` made).
 */
export function findBucket(ctx: CheckContext): Promise<BucketSearch> {
  return ctx.derive('s3-bucket:graded', async () => {
    const all = await ctx.s3.listBuckets();
    const matching = all.filter((b) => b.name.startsWith(BUCKET_PREFIX));
    const regions = await Promise.all(matching.map((b) => ctx.s3.bucketRegion(b.name)));
    const inRegion = matching
      .filter((_, i) => regions[i] === ctx.settings.region)
      .sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''));
    const seen = all.map((b) => {
      const i = matching.indexOf(b);
      return i >= 0 ? { name: b.name, region: regions[i] } : { name: b.name };
    });
    const [newest, ...rest] = await applyGraderChoice(ctx, inRegion, (b) => [b.name], (b) => isReferenceBucket(ctx, b.name));
    if (!newest) return { seen };
    return {
      seen,
      graded: {
        name: newest.name,
        arn: `arn:aws:s3:::${newest.name}`,
        region: ctx.settings.region,
        createdAt: newest.creationDate,
        others: rest.map((b) => b.name),
      },
    };
  });
}

/** The lab's header entry: the graded bucket, marked when it is the reference solution. */
export async function gradedBucket(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findBucket(ctx);
  return gradedEntry(KIND.bucket, graded, () => isReferenceBucket(ctx, graded!.name));
}

/** A bucket named like the lesson's but in another region: the learner's likely mix-up. */
function elsewhere(ctx: CheckContext, seen: BucketSearch['seen']) {
  return seen.filter((b) => b.name.startsWith(BUCKET_PREFIX) && b.region && b.region !== ctx.settings.region);
}

export function noBucketFound(ctx: CheckContext, seen: BucketSearch['seen']): Outcome {
  const region = ctx.settings.region;
  const other = elsewhere(ctx, seen);
  const misses = nearMisses(BUCKET_PREFIX, seen.map((b) => b.name));
  const hint = other.length
    ? {
        es: ` El bucket ${other[0]!.name} está en ${other[0]!.region}: créalo en ${region} o comprueba con --region ${other[0]!.region}.`,
        en: ` Bucket ${other[0]!.name} is in ${other[0]!.region}: create it in ${region} or check with --region ${other[0]!.region}.`,
      }
    : didYouMean(misses);
  return fail(
    withSentence({
      es: `No hay ningún bucket cuyo nombre empiece por ${BUCKET_PREFIX} en la región ${region}.`,
      en: `There is no bucket whose name starts with ${BUCKET_PREFIX} in region ${region}.`,
    }, hint),
    {
      lookedFor: { namePrefix: BUCKET_PREFIX, region },
      bucketsSeen: seen,
      ...(other.length ? { inOtherRegions: other } : {}),
      ...(misses.length ? { didYouMean: misses } : {}),
    },
  );
}

/** Runs a check against the graded bucket, or fails plainly when there is none. */
export async function withBucket(ctx: CheckContext, check: (bucket: GradedBucket) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findBucket(ctx);
  if (!graded) return noBucketFound(ctx, seen);
  return check(graded);
}

/** Evidence every bucket check starts with. */
export function bucketEvidence(bucket: GradedBucket, extra: Evidence = {}): Evidence {
  return { resource: bucket.arn, ...extra };
}
