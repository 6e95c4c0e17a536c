import { DeleteObjectsCommand, ListObjectVersionsCommand, type ObjectIdentifier, type S3Client } from '@aws-sdk/client-s3';
import { errorCode } from '../../aws/errors.ts';

/**
 * Deletes every object version and delete marker, so the bucket itself can be deleted.
 * (A versioned bucket still holds old versions after its objects are "deleted".)
 * Returns how many entries were removed; a bucket that does not exist counts as empty.
 */
export async function emptyBucket(s3: S3Client, bucket: string): Promise<number> {
  let deleted = 0;
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  try {
    do {
      const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }));
      const entries: ObjectIdentifier[] = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
        .filter((entry) => entry.Key !== undefined)
        .map((entry) => ({ Key: entry.Key!, VersionId: entry.VersionId }));
      // One list page holds at most 1000 entries, DeleteObjects' limit per call.
      for (let i = 0; i < entries.length; i += 1000) {
        const out = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: entries.slice(i, i + 1000), Quiet: true } }));
        const failed = out.Errors ?? [];
        if (failed.length) throw new Error(`could not delete ${failed.length} object versions from ${bucket}: ${failed[0]?.Code} ${failed[0]?.Key}`);
        deleted += Math.min(1000, entries.length - i);
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker !== undefined);
  } catch (error) {
    if (errorCode(error) === 'NoSuchBucket') return deleted;
    throw error;
  }
  return deleted;
}
