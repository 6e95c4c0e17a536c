import { DeleteBucketPolicyCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorCode } from '../../aws/errors.ts';
import { objectWith, text } from '../../deploy/handlers/properties.ts';
import type { ResourceHandler } from '../../deploy/handlers/types.ts';
import { s3Client } from './client.ts';
import { bucketOwnership } from './ownership.ts';

const TYPE = 'AWS::S3::BucketPolicy';

function policyOf(logicalId: string, properties: Readonly<Record<string, unknown>>) {
  const scope = { logicalId, type: TYPE };
  const p = objectWith(scope, properties, '', ['Bucket', 'PolicyDocument']);
  return { bucket: text(scope, p.Bucket, 'Bucket'), document: objectWith(scope, p.PolicyDocument, 'PolicyDocument', ['Version', 'Id', 'Statement']) };
}

async function hasPolicy(s3: S3Client, bucket: string): Promise<boolean | 'no-bucket'> {
  try {
    await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NoSuchBucketPolicy') return false;
    if (code === 'NoSuchBucket') return 'no-bucket';
    throw error;
  }
}

/** A bucket policy belongs to its bucket: one per bucket, named by the bucket. */
export const s3BucketPolicyHandler: ResourceHandler = {
  type: TYPE,

  plan(properties, ctx) {
    const { bucket } = policyOf(ctx.logicalId, properties);
    return { physicalId: bucket, attributes: {} };
  },

  // Whose policy it is follows whose bucket it is on.
  ownership: (planned, _properties, ctx) => bucketOwnership(ctx.clients.get(s3Client), planned.physicalId, ctx.ownerTags, ctx.pseudo.region),

  async apply(planned, properties, ctx) {
    const { document } = policyOf(ctx.logicalId, properties);
    const existed = (await hasPolicy(ctx.clients.get(s3Client), planned.physicalId)) === true;
    await ctx.clients.get(s3Client).send(new PutBucketPolicyCommand({ Bucket: planned.physicalId, Policy: JSON.stringify(document) }));
    return existed ? 'updated' : 'created';
  },

  async remove(planned, _properties, ctx) {
    if ((await hasPolicy(ctx.clients.get(s3Client), planned.physicalId)) !== true) return 'absent';
    await ctx.clients.get(s3Client).send(new DeleteBucketPolicyCommand({ Bucket: planned.physicalId }));
    return 'deleted';
  },
};
