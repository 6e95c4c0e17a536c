import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetBucketNotificationConfigurationCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  type LifecycleRule as SdkLifecycleRule,
} from '@aws-sdk/client-s3';
import { orUndefinedWhen } from '../../aws/errors.ts';
import type { ReaderDeps } from '../service.ts';
import { s3Client, s3ControlClient } from './client.ts';
import type { BucketSummary, EncryptionRule, LifecycleRule, ObjectHead, ObjectSummary, PolicyDocument, PublicAccessBlock, S3Reader } from './types.ts';

type SdkPublicAccessBlock = { BlockPublicAcls?: boolean; IgnorePublicAcls?: boolean; BlockPublicPolicy?: boolean; RestrictPublicBuckets?: boolean };

/** Bucket and account settings share this shape; an unset flag is off. */
export function toPublicAccessBlock(c: SdkPublicAccessBlock | undefined): PublicAccessBlock | undefined {
  if (!c) return undefined;
  return {
    BlockPublicAcls: c.BlockPublicAcls === true,
    IgnorePublicAcls: c.IgnorePublicAcls === true,
    BlockPublicPolicy: c.BlockPublicPolicy === true,
    RestrictPublicBuckets: c.RestrictPublicBuckets === true,
  };
}

function toLifecycleRule(rule: SdkLifecycleRule): LifecycleRule {
  const filter = rule.Filter;
  const prefix = filter?.Prefix ?? filter?.And?.Prefix ?? rule.Prefix ?? '';
  return {
    id: rule.ID,
    enabled: rule.Status === 'Enabled',
    prefix,
    hasTagOrSizeFilter: Boolean(filter?.Tag || filter?.And?.Tags?.length || filter?.ObjectSizeGreaterThan || filter?.ObjectSizeLessThan
      || filter?.And?.ObjectSizeGreaterThan || filter?.And?.ObjectSizeLessThan),
    transitions: (rule.Transitions ?? []).map((t) => ({ days: t.Days, date: t.Date?.toISOString(), storageClass: t.StorageClass ?? '' })),
    noncurrentExpirationDays: rule.NoncurrentVersionExpiration?.NoncurrentDays,
    noncurrentNewerVersions: rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions,
  };
}

/** S3 reads used by the checks, memoised per run. Every method is a Get/List/Head call. */
export function createS3Reader({ memo, client: clientOf, accountId }: ReaderDeps): S3Reader {
  // Built on first use, so a run that never reads S3 never creates the client.
  const client = () => clientOf(s3Client);
  return {
    listBuckets: () =>
      memo('s3:ListBuckets', async () => {
        const buckets: BucketSummary[] = [];
        let token: string | undefined;
        do {
          const page = await client().send(new ListBucketsCommand({ ContinuationToken: token, MaxBuckets: 1000 }));
          for (const b of page.Buckets ?? []) if (b.Name) buckets.push({ name: b.Name, creationDate: b.CreationDate?.toISOString() });
          token = page.ContinuationToken;
        } while (token);
        return buckets;
      }),

    bucketRegion: (bucket) =>
      memo(`s3:GetBucketLocation:${bucket}`, async () => {
        const out = await client().send(new GetBucketLocationCommand({ Bucket: bucket }));
        // us-east-1 answers with an empty constraint; the legacy "EU" means eu-west-1.
        const c = out.LocationConstraint as string | undefined;
        return !c ? 'us-east-1' : c === 'EU' ? 'eu-west-1' : c;
      }),

    bucketTags: (bucket) =>
      memo(`s3:GetBucketTagging:${bucket}`, async () => {
        const out = await orUndefinedWhen(['NoSuchTagSet'], () => client().send(new GetBucketTaggingCommand({ Bucket: bucket })));
        return Object.fromEntries((out?.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
      }),

    objectOwnership: (bucket) =>
      memo(`s3:GetBucketOwnershipControls:${bucket}`, () =>
        orUndefinedWhen(['OwnershipControlsNotFoundError'], async () => {
          const out = await client().send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }));
          return out.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
        })),

    publicAccessBlock: (bucket) =>
      memo(`s3:GetPublicAccessBlock:${bucket}`, () =>
        orUndefinedWhen(['NoSuchPublicAccessBlockConfiguration'], async () => {
          const out = await client().send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
          return toPublicAccessBlock(out.PublicAccessBlockConfiguration);
        })),

    versioning: (bucket) =>
      memo(`s3:GetBucketVersioning:${bucket}`, async () => {
        const out = await client().send(new GetBucketVersioningCommand({ Bucket: bucket }));
        return out.Status;
      }),

    encryption: (bucket) =>
      memo(`s3:GetBucketEncryption:${bucket}`, () =>
        orUndefinedWhen(['ServerSideEncryptionConfigurationNotFoundError'], async () => {
          const out = await client().send(new GetBucketEncryptionCommand({ Bucket: bucket }));
          return (out.ServerSideEncryptionConfiguration?.Rules ?? []).map((r): EncryptionRule => ({
            algorithm: r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? '',
            kmsKeyId: r.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID,
            bucketKeyEnabled: r.BucketKeyEnabled,
          }));
        })),

    policy: (bucket) =>
      memo(`s3:GetBucketPolicy:${bucket}`, () =>
        orUndefinedWhen(['NoSuchBucketPolicy'], async () => {
          const out = await client().send(new GetBucketPolicyCommand({ Bucket: bucket }));
          return out.Policy ? (JSON.parse(out.Policy) as PolicyDocument) : undefined;
        })),

    lifecycleRules: (bucket) =>
      memo(`s3:GetBucketLifecycleConfiguration:${bucket}`, () =>
        orUndefinedWhen(['NoSuchLifecycleConfiguration'], async () => {
          const out = await client().send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }));
          return (out.Rules ?? []).map(toLifecycleRule);
        })),

    listObjects: (bucket, prefix, max) =>
      memo(`s3:ListObjectsV2:${bucket}:${prefix}:${max}`, async () => {
        const out = await client().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: max }));
        return (out.Contents ?? []).map((o): ObjectSummary => ({ key: o.Key ?? '', size: o.Size ?? 0 }));
      }),

    headObject: (bucket, key) =>
      memo(`s3:HeadObject:${bucket}:${key}`, () =>
        orUndefinedWhen(['NotFound', 'NoSuchKey'], async () => {
          const out = await client().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
          return { size: out.ContentLength ?? 0, lastModified: out.LastModified?.toISOString() };
        })),

    readObjectStart: (bucket, key, bytes) =>
      memo(`s3:GetObject:${bucket}:${key}:${bytes}`, async () => {
        const out = await client().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
        return (await out.Body?.transformToString('utf-8')) ?? '';
      }),

    readObjectBytes: (bucket, key, bytes) =>
      memo(`s3:GetObject:bytes:${bucket}:${key}:${bytes}`, async () => {
        const out = await client().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
        return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
      }),

    readObjectEnd: (bucket, key, bytes) =>
      memo(`s3:GetObject:end:${bucket}:${key}:${bytes}`, async () => {
        const out = await client().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=-${bytes}` }));
        return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
      }),

    notifications: (bucket) =>
      memo(`s3:GetBucketNotificationConfiguration:${bucket}`, async () => {
        const out = await client().send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
        // S3 answers rule names as it stored them ("Prefix" or "prefix"): compare without case.
        const keyFilter = (c: { Id?: string; Events?: string[]; Filter?: { Key?: { FilterRules?: { Name?: string; Value?: string }[] } } }) => {
          const rule = (name: string) => c.Filter?.Key?.FilterRules?.find((r) => r.Name?.toLowerCase() === name)?.Value;
          return { id: c.Id, events: c.Events ?? [], prefix: rule('prefix'), suffix: rule('suffix') };
        };
        return {
          lambda: (out.LambdaFunctionConfigurations ?? []).map((c) => ({ ...keyFilter(c), functionArn: c.LambdaFunctionArn ?? '' })),
          queues: (out.QueueConfigurations ?? []).map((c) => ({ ...keyFilter(c), queueArn: c.QueueArn ?? '' })),
          topics: out.TopicConfigurations?.length ?? 0,
          eventBridge: out.EventBridgeConfiguration !== undefined,
        };
      }),

    // S3 Control is needed only when a bucket's own Block Public Access is incomplete, so its SDK
    // package is loaded on first use rather than at start-up.
    accountPublicAccessBlock: () =>
      memo('s3control:GetPublicAccessBlock', async () => {
        const account = await accountId();
        return orUndefinedWhen(['NoSuchPublicAccessBlockConfiguration'], async () => {
          const { GetPublicAccessBlockCommand } = await import('@aws-sdk/client-s3-control');
          const control = clientOf(await s3ControlClient());
          const out = await control.send(new GetPublicAccessBlockCommand({ AccountId: account }));
          return toPublicAccessBlock(out.PublicAccessBlockConfiguration);
        });
      }),
  };
}
