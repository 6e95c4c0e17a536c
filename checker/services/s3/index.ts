import { defineService } from '../service.ts';
import { s3BucketHandler } from './bucket-handler.ts';
import { s3BucketPolicyHandler } from './bucket-policy-handler.ts';
import { createS3Reader } from './reader.ts';

/** S3: buckets, their settings and objects; the account-wide Block Public Access through S3 Control. */
export const s3 = defineService({
  name: 's3',
  readOperations: {
    'S3:ListBuckets': 's3:ListAllMyBuckets',
    'S3:GetBucketLocation': 's3:GetBucketLocation',
    'S3:GetBucketOwnershipControls': 's3:GetBucketOwnershipControls',
    'S3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
    'S3:GetBucketVersioning': 's3:GetBucketVersioning',
    'S3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
    'S3:GetBucketPolicy': 's3:GetBucketPolicy',
    'S3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
    'S3:ListObjectsV2': 's3:ListBucket',
    'S3:GetObject': 's3:GetObject',
    'S3:GetBucketTagging': 's3:GetBucketTagging',
    'S3:HeadObject': 's3:GetObject',
    'S3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
    'S3Control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  },
  reader: createS3Reader,
  handlers: [s3BucketHandler, s3BucketPolicyHandler],
});

export type { S3Reader } from './types.ts';
