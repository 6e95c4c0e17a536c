import { GetBucketTaggingCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorCode, httpStatus } from '../../aws/errors.ts';
import type { Ownership } from './types.ts';

/**
 * Whether bucket `name` exists and was deployed by NubeLab for this lab and learner (it carries
 * all the owner tags). A bucket with the name but not the tags belongs to someone else: a
 * learner's hand-made bucket, or another account's (bucket names are global).
 */
export async function bucketOwnership(s3: S3Client, name: string, ownerTags: Readonly<Record<string, string>>): Promise<Ownership> {
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
    return Object.entries(ownerTags).every(([key, value]) => tags.get(key) === value) ? 'ours' : 'foreign';
  } catch (error) {
    if (errorCode(error) === 'NoSuchTagSet') return 'foreign';
    throw error;
  }
}
