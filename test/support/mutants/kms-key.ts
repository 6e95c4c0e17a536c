import { DescribeKeyCommand, DisableKeyCommand, DisableKeyRotationCommand, GetKeyPolicyCommand, PutKeyPolicyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { PutBucketEncryptionCommand } from '@aws-sdk/client-s3';
import { kmsClient } from '../../../checker/services/kms/reader.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';
import { dataLakeBucket } from './data-lake.ts';

/**
 * One mutant per check of the kms-key lab. Shared by the lab's contract test (moto) and the engine
 * matrix (LocalStack, MiniStack), so every name comes from the context given: the alias of
 * infra/lib/kms-key-stack.ts and the s3-bucket lab's bucket.
 */
export const referenceAlias = (learner: string) => `alias/taxis-datalake-${learner}`;

/** The reference key's id and ARN, found through its alias as a learner would. */
export async function referenceKey(kms: KMSClient, learner: string): Promise<{ id: string; arn: string }> {
  const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: referenceAlias(learner) }));
  return { id: KeyMetadata!.KeyId!, arn: KeyMetadata!.Arn! };
}

async function withKey<T>(ctx: MutantContext, use: (kms: KMSClient, key: { id: string; arn: string }) => Promise<T>): Promise<T> {
  const kms = ctx.clients.get(kmsClient);
  return use(kms, await referenceKey(kms, ctx.learner));
}

export const kmsKeyMutants: Record<string, Mutant> = {
  kms_key_exists: {
    name: 'the key is disabled (nothing can encrypt or decrypt with it)',
    apply: (ctx) => withKey(ctx, (kms, key) => kms.send(new DisableKeyCommand({ KeyId: key.id }))),
  },
  kms_key_rotation_enabled: {
    name: 'automatic rotation is turned off',
    apply: (ctx) => withKey(ctx, (kms, key) => kms.send(new DisableKeyRotationCommand({ KeyId: key.id }))),
  },
  kms_key_policy_scoped: {
    name: 'another account may decrypt with the key',
    apply: (ctx) => withKey(ctx, async (kms, key) => {
      const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: key.id, PolicyName: 'default' }));
      const policy = JSON.parse(Policy ?? '{"Version":"2012-10-17","Statement":[]}');
      policy.Statement.push({ Sid: 'PartnerDecrypts', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' });
      await kms.send(new PutKeyPolicyCommand({ KeyId: key.id, PolicyName: 'default', Policy: JSON.stringify(policy) }));
    }),
  },
  s3_bucket_kms_encryption: {
    name: 'the bucket uses the key without S3 Bucket Keys',
    apply: (ctx) => withKey(ctx, (_kms, key) => ctx.clients.get(s3Client).send(new PutBucketEncryptionCommand({
      Bucket: dataLakeBucket(ctx.learner, ctx.account),
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key.arn }, BucketKeyEnabled: false }] },
    }))),
  },
};
