import {
  CreateBucketCommand, DeleteBucketCommand, DeleteBucketEncryptionCommand, DeleteObjectCommand, GetBucketPolicyCommand,
  PutBucketLifecycleConfigurationCommand, PutBucketOwnershipControlsCommand, PutBucketPolicyCommand,
  PutBucketVersioningCommand, PutObjectCommand, PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { s3Client } from '../../../checker/services/s3/client.ts';
import { emptyBucket } from '../../../checker/services/s3/empty-bucket.ts';
import type { Mutant } from '../lab-contract.ts';

/**
 * One mutant per check of the s3-bucket lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they name the bucket from the account and learner they are given.
 */
const bucket = (learner: string, account: string) => `taxis-datalake-${learner}-${account}`;
const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

export const s3BucketMutants: Record<string, Mutant> = {
  s3_bucket_exists: {
    name: 'the bucket lives in another region',
    apply: async ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      await emptyBucket(s3, bucket(learner, account));
      await s3.send(new DeleteBucketCommand({ Bucket: bucket(learner, account) }));
      await s3.send(new CreateBucketCommand({ Bucket: bucket(learner, account), CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    },
  },
  s3_bucket_acls_disabled: {
    name: 'ownership ObjectWriter',
    apply: ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      return s3.send(new PutBucketOwnershipControlsCommand({ Bucket: bucket(learner, account), OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    },
  },
  s3_bucket_public_access_blocked: {
    name: 'RestrictPublicBuckets off',
    apply: ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      return s3.send(new PutPublicAccessBlockCommand({ Bucket: bucket(learner, account), PublicAccessBlockConfiguration: { ...ALL_BLOCKED, RestrictPublicBuckets: false } }));
    },
  },
  s3_bucket_versioning_enabled: {
    name: 'versioning suspended',
    apply: ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      return s3.send(new PutBucketVersioningCommand({ Bucket: bucket(learner, account), VersioningConfiguration: { Status: 'Suspended' } }));
    },
  },
  s3_bucket_default_encryption: {
    name: 'default encryption removed',
    apply: ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      return s3.send(new DeleteBucketEncryptionCommand({ Bucket: bucket(learner, account) }));
    },
  },
  s3_bucket_tls_enforced: {
    name: 'TLS deny covers the objects only',
    apply: async ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      const policy = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: bucket(learner, account) }))).Policy ?? '{}');
      // CDK writes the deny on [bucket, bucket/*]: keep only the objects.
      for (const statement of policy.Statement) statement.Resource = [`arn:aws:s3:::${bucket(learner, account)}/*`];
      return s3.send(new PutBucketPolicyCommand({ Bucket: bucket(learner, account), Policy: JSON.stringify(policy) }));
    },
  },
  s3_bucket_lifecycle_configured: {
    name: 'raw/ moves to Glacier after only 10 days',
    apply: ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      return s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: bucket(learner, account), LifecycleConfiguration: { Rules: [{ ID: 'too-soon', Status: 'Enabled', Filter: { Prefix: 'raw/' }, Transitions: [{ Days: 10, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] } }));
    },
  },
  s3_bucket_raw_sample_present: {
    name: 'the sample replaced by an unrelated CSV',
    apply: async ({ clients, account, learner }) => {
      const s3 = clients.get(s3Client);
      await s3.send(new DeleteObjectCommand({ Bucket: bucket(learner, account), Key: 'raw/taxi-sample.csv' }));
      await s3.send(new PutObjectCommand({ Bucket: bucket(learner, account), Key: 'raw/people.csv', Body: 'name,age\nana,30\n' }));
    },
  },
};
