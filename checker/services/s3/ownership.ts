import { GetBucketLocationCommand, GetBucketTaggingCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorCode, httpStatus } from '../../aws/errors.ts';
import type { Ownership } from '../../deploy/handlers/types.ts';

/**
 * Whether bucket `name` exists and was deployed by NubeLab for this lab and learner in this
 * region (it carries all the owner tags and lives in `region`). Anything else with the name is
 * someone else's: a learner's hand-made bucket, another account's (bucket names are global), or
 * the same learner's deployment in another region.
 */
export async function bucketOwnership(
  s3: S3Client,
  name: string,
  ownerTags: Readonly<Record<string, string>>,
  region: string,
): Promise<Ownership> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: name }));
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || ['NotFound', 'NoSuchBucket'].includes(errorCode(error))) return 'absent';
    if (status === 403 || status === 301) return 'foreign';
    throw error;
  }
  try {
    const out = await s3.send(new GetBucketTaggingCommand({ Bucket: name }));
    const tags = new Map((out.TagSet ?? []).map((tag) => [tag.Key, tag.Value]));
    if (!Object.entries(ownerTags).every(([key, value]) => tags.get(key) === value)) return 'foreign';
  } catch (error) {
    if (errorCode(error) === 'NoSuchTagSet') return 'foreign';
    throw error;
  }
  const location = (await s3.send(new GetBucketLocationCommand({ Bucket: name }))).LocationConstraint as string | undefined;
  // us-east-1 answers with no constraint, and the legacy "EU" means eu-west-1.
  const bucketRegion = !location ? 'us-east-1' : location === 'EU' ? 'eu-west-1' : location;
  return bucketRegion === region ? 'ours' : 'foreign';
}
