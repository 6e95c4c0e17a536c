import { createHash } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketEncryptionCommand,
  DeleteBucketLifecycleCommand,
  DeleteBucketOwnershipControlsCommand,
  DeletePublicAccessBlockCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type S3Client,
  type Tag,
} from '@aws-sdk/client-s3';
import { errorCode } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import type { HandlerContext, PlannedResource, ResourceHandler } from '../../deploy/handlers/types.ts';
import type { PseudoParameters } from '../../deploy/template/types.ts';
import { bucketConfig, type BucketConfig } from './bucket-config.ts';
import { s3Client } from './client.ts';
import { emptyBucket } from './empty-bucket.ts';
import { bucketOwnership } from './ownership.ts';

const TYPE = 'AWS::S3::Bucket';
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * CloudFormation names an unnamed bucket `<stack>-<logical id>-<random>`. Here the suffix is a
 * hash of account, region, stack and logical id instead, so destroy can find it again.
 */
export function generatedBucketName(pseudo: PseudoParameters, logicalId: string): string {
  const suffix = createHash('sha256').update(`${pseudo.accountId}/${pseudo.region}/${pseudo.stackName}/${logicalId}`).digest('hex').slice(0, 12);
  const base = `${pseudo.stackName}-${logicalId}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63 - suffix.length - 1);
  return `${base.replace(/-+$/, '')}-${suffix}`;
}

function bucketAttributes(name: string, { partition, region, urlSuffix }: PseudoParameters): Record<string, string> {
  return {
    Arn: `arn:${partition}:s3:::${name}`,
    DomainName: `${name}.s3.${urlSuffix}`,
    RegionalDomainName: `${name}.s3.${region}.${urlSuffix}`,
    DualStackDomainName: `${name}.s3.dualstack.${region}.${urlSuffix}`,
    WebsiteURL: `http://${name}.s3-website-${region}.${urlSuffix}`,
  };
}

/** The template's tags plus the owner tags, which destroy relies on to recognise the bucket. */
function tagSet(config: BucketConfig, ownerTags: Readonly<Record<string, string>>): Tag[] {
  const tags = [...(config.tags ?? [])];
  for (const [Key, Value] of Object.entries(ownerTags)) if (!tags.some((t) => t.Key === Key)) tags.push({ Key, Value });
  return tags;
}

/**
 * Sets every configuration the template gives. On an existing bucket, a setting the template
 * no longer has is removed, so the bucket ends up exactly as the template describes it.
 * Versioning cannot be removed once enabled (S3 only suspends it), so it is left as it is.
 */
async function configure(s3: S3Client, bucket: string, config: BucketConfig, ownerTags: Readonly<Record<string, string>>, isNew: boolean) {
  // Tags first: from this call on, the bucket is recognisably ours.
  await s3.send(new PutBucketTaggingCommand({ Bucket: bucket, Tagging: { TagSet: tagSet(config, ownerTags) } }));
  if (config.ownership) await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: bucket, OwnershipControls: config.ownership }));
  else if (!isNew) await s3.send(new DeleteBucketOwnershipControlsCommand({ Bucket: bucket }));
  if (config.publicAccessBlock) await s3.send(new PutPublicAccessBlockCommand({ Bucket: bucket, PublicAccessBlockConfiguration: config.publicAccessBlock }));
  else if (!isNew) await s3.send(new DeletePublicAccessBlockCommand({ Bucket: bucket }));
  if (config.encryption) await s3.send(new PutBucketEncryptionCommand({ Bucket: bucket, ServerSideEncryptionConfiguration: config.encryption }));
  else if (!isNew) await s3.send(new DeleteBucketEncryptionCommand({ Bucket: bucket }));
  if (config.versioning) await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: config.versioning }));
  if (config.lifecycle) await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: bucket, LifecycleConfiguration: config.lifecycle }));
  else if (!isNew) await s3.send(new DeleteBucketLifecycleCommand({ Bucket: bucket }));
  // An empty configuration is how S3 removes notifications; the function must already allow S3
  // to invoke it (the template orders the permission first), as S3 checks that on this call.
  if (config.notifications || !isNew) {
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: config.notifications ?? {} }));
  }
}

/** A bucket must be empty, old versions included, before S3 (or CloudFormation) can delete it. */
async function emptyBeforeDelete(bucket: string, ctx: Pick<HandlerContext, 'clients' | 'emit'>): Promise<void> {
  const deletedCount = await emptyBucket(ctx.clients.get(s3Client), bucket);
  ctx.emit({ kind: 'bucket-emptied', bucket, deletedCount });
}

async function deleteBucket(ctx: HandlerContext, bucket: string): Promise<'deleted' | 'absent'> {
  const s3 = ctx.clients.get(s3Client);
  await emptyBeforeDelete(bucket, ctx);
  try {
    await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
    return 'deleted';
  } catch (error) {
    if (errorCode(error) === 'NoSuchBucket') return 'absent';
    throw error;
  }
}

export const s3BucketHandler: ResourceHandler = {
  type: TYPE,

  plan(properties, ctx): PlannedResource {
    const config = bucketConfig({ logicalId: ctx.logicalId, type: TYPE }, properties);
    const name = config.name ?? generatedBucketName(ctx.pseudo, ctx.logicalId);
    if (!BUCKET_NAME.test(name)) {
      throw new DeployError('template-error', `${ctx.logicalId}: "${name}" is not a valid bucket name`, {
        path: `Resources.${ctx.logicalId}.Properties.BucketName`,
        reason: 'invalid bucket name',
      });
    }
    return { physicalId: name, attributes: bucketAttributes(name, ctx.pseudo) };
  },

  ownership: (planned, _properties, ctx) => bucketOwnership(ctx.clients.get(s3Client), planned.physicalId, ctx.ownerTags, ctx.pseudo.region),

  async apply(planned, properties, ctx) {
    const s3 = ctx.clients.get(s3Client);
    const bucket = planned.physicalId;
    const config = bucketConfig({ logicalId: ctx.logicalId, type: TYPE }, properties);
    const owner = await bucketOwnership(s3, bucket, ctx.ownerTags, ctx.pseudo.region);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `Bucket ${bucket} already exists and was not deployed by NubeLab`, {
        logicalId: ctx.logicalId,
        type: TYPE,
        physicalId: bucket,
      });
    }
    const isNew = owner === 'absent';
    if (isNew) {
      // us-east-1 is S3's default location and must not be named in the request.
      const location = ctx.pseudo.region === 'us-east-1' ? undefined : { LocationConstraint: ctx.pseudo.region as 'eu-west-1' };
      await s3.send(new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: location }));
    }
    try {
      await configure(s3, bucket, config, ctx.ownerTags, isNew);
    } catch (error) {
      // Never leave a half-configured bucket behind (e.g. unencrypted, or without its public access block).
      if (isNew) await deleteBucket(ctx, bucket).catch(() => undefined);
      throw error;
    }
    return isNew ? 'created' : 'updated';
  },

  remove: (planned, _properties, ctx) => deleteBucket(ctx, planned.physicalId),
  beforeDestroy: emptyBeforeDelete,
};
