import type { CheckContext, Evidence, Outcome } from '../../checker/core/types.ts';
import { fail } from '../../checker/core/define.ts';

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

/** Finds the learner's bucket once per run: prefix match, in the lab region, newest first. */
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
    const [newest, ...rest] = inRegion;
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

export function noBucketFound(ctx: CheckContext, seen: BucketSearch['seen']): Outcome {
  return fail(
    {
      es: `No hay ningún bucket cuyo nombre empiece por ${BUCKET_PREFIX} en la región ${ctx.settings.region}.`,
      en: `There is no bucket whose name starts with ${BUCKET_PREFIX} in region ${ctx.settings.region}.`,
    },
    { lookedFor: { namePrefix: BUCKET_PREFIX, region: ctx.settings.region }, bucketsSeen: seen },
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
