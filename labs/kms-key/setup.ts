import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { GetBucketEncryptionCommand, PutBucketEncryptionCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorCode } from '../../checker/aws/errors.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { accountIdOf } from '../../checker/deploy/clients.ts';
import { kmsClient } from '../../checker/services/kms/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import { ALIAS_NAME } from './key.ts';

/**
 * A bucket has one default encryption, and it belongs to the s3-bucket lab's stack: a second
 * stack cannot own it. So the reference's stack holds only the key and its alias, and these SDK
 * calls do what a learner does by hand: point the bucket's default encryption at the key, with
 * S3 Bucket Keys. Before destroy they put SSE-S3 back, as the s3-bucket lab left it, so the
 * bucket never names a key that is about to be deleted.
 */

interface Targets {
  bucket: string;
  alias: string;
}

function targetsOf(ctx: LabSetupContext, account: string): Targets | undefined {
  const alias = ctx.resources.find((r) => r.type === 'AWS::KMS::Alias' && r.physicalId.startsWith(`${ALIAS_NAME}-`))?.physicalId;
  if (!alias) return undefined;
  const learner = alias.slice(`${ALIAS_NAME}-`.length);
  return { bucket: `${BUCKET_PREFIX}${learner}-${account}`, alias };
}

async function putEncryption(s3: S3Client, bucket: string, rule: { SSEAlgorithm: 'aws:kms' | 'AES256'; KMSMasterKeyID?: string }, bucketKey: boolean) {
  await s3.send(new PutBucketEncryptionCommand({
    Bucket: bucket,
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: rule, BucketKeyEnabled: bucketKey }] },
  }));
}

export const kmsKeySetup: LabSetup = {
  async apply(ctx) {
    const targets = targetsOf(ctx, await accountIdOf(ctx.clients));
    if (!targets) return;
    // The key's ARN, not the alias: S3 stores what it is given, and an ARN keeps naming this key
    // even if the alias is later pointed elsewhere.
    const { KeyMetadata } = await ctx.clients.get(kmsClient).send(new DescribeKeyCommand({ KeyId: targets.alias }));
    await putEncryption(ctx.clients.get(s3Client), targets.bucket, { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KeyMetadata!.Arn! }, true);
  },

  async remove(ctx) {
    const targets = targetsOf(ctx, await accountIdOf(ctx.clients));
    if (!targets) return;
    const s3 = ctx.clients.get(s3Client);
    try {
      const current = await s3.send(new GetBucketEncryptionCommand({ Bucket: targets.bucket }));
      const usesKms = (current.ServerSideEncryptionConfiguration?.Rules ?? []).some((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm === 'aws:kms');
      if (usesKms) await putEncryption(s3, targets.bucket, { SSEAlgorithm: 'AES256' }, false);
    } catch (error) {
      // The s3-bucket lab was destroyed first: there is no bucket left to point elsewhere.
      if (errorCode(error) !== 'NoSuchBucket') throw error;
    }
  },
};
