import { access, readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SeedObject } from '../core/types.ts';
import { DeployError } from './errors.ts';
import type { ProgressListener } from './events.ts';

/** Checked before deploying, so a missing data file does not leave a deployed but empty lab. */
export async function assertSeedFilesExist(seeds: readonly SeedObject[]): Promise<void> {
  for (const seed of seeds) {
    try {
      await access(seed.file);
    } catch {
      throw new DeployError('seed-missing', `The lab's data file ${seed.file} is missing`, { file: seed.file });
    }
  }
}

/** Uploads the lab's data files into the buckets the stack outputs name. */
export async function seedLab(
  s3: S3Client,
  seeds: readonly SeedObject[],
  outputs: Readonly<Record<string, string>>,
  emit: ProgressListener,
): Promise<{ bucket: string; key: string }[]> {
  const seeded: { bucket: string; key: string }[] = [];
  for (const seed of seeds) {
    const bucket = outputs[seed.bucketOutput];
    if (!bucket) {
      throw new DeployError('seed-output-missing', `The stack has no output ${seed.bucketOutput} to seed into`, { output: seed.bucketOutput });
    }
    const body = await readFile(seed.file).catch(() => {
      throw new DeployError('seed-missing', `The lab's data file ${seed.file} is missing`, { file: seed.file });
    });
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: seed.key, Body: body, ContentType: seed.contentType }));
    emit({ kind: 'seeded', bucket, key: seed.key, bytes: body.length });
    seeded.push({ bucket, key: seed.key });
  }
  return seeded;
}
