import { readFileSync } from 'node:fs';
import {
  CreateBucketCommand,
  DeletePublicAccessBlockCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListObjectVersionsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig } from '../../checker/aws/target.ts';
import { deployLab, DeployError, destroyLab, type DeployEvent, type DeployResult } from '../../checker/deploy/index.ts';
import { SAMPLE_CSV } from '../../checker/paths.ts';
import { useEmulator } from '../support/emulator.ts';

const emulator = useEmulator();
let s3: S3Client;
beforeAll(() => {
  s3 = new S3Client({ ...clientConfig(emulator.target()), forcePathStyle: true });
});
afterAll(() => s3?.destroy());

const ACCOUNT = '123456789012';
const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;

async function deploy(learner = 'ana', region = 'us-east-1'): Promise<{ result: DeployResult; events: DeployEvent[] }> {
  const events: DeployEvent[] = [];
  const result = await deployLab('s3-bucket', { target: emulator.target(region), learner, onProgress: (e) => events.push(e) });
  return { result, events };
}

async function rejection(promise: Promise<unknown>): Promise<DeployError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof DeployError)) throw new Error(`expected a DeployError, got ${String(error)}`);
  return error;
}

/** Every setting of the bucket, read back with the S3 API. */
async function bucketSettings(bucket: string) {
  const [ownership, publicAccess, versioning, encryption, policy, lifecycle, tagging, location] = await Promise.all([
    s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket })),
    s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket })),
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket })),
    s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })),
    s3.send(new GetBucketPolicyCommand({ Bucket: bucket })),
    s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket })),
    s3.send(new GetBucketTaggingCommand({ Bucket: bucket })),
    s3.send(new GetBucketLocationCommand({ Bucket: bucket })),
  ]);
  return {
    ownership: ownership.OwnershipControls,
    publicAccess: publicAccess.PublicAccessBlockConfiguration,
    versioning: versioning.Status,
    encryption: encryption.ServerSideEncryptionConfiguration?.Rules?.map((r) => r.ApplyServerSideEncryptionByDefault),
    policy: JSON.parse(policy.Policy ?? '{}') as unknown,
    lifecycle: lifecycle.Rules,
    tags: Object.fromEntries((tagging.TagSet ?? []).map((t) => [t.Key, t.Value])),
    location: location.LocationConstraint ?? 'us-east-1',
  };
}

const expectedSettings = (bucket: string, learner: string, region: string) => ({
  ownership: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  publicAccess: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  versioning: 'Enabled',
  encryption: [{ SSEAlgorithm: 'AES256' }],
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      },
    ],
  },
  lifecycle: [
    {
      ID: 'raw-to-infrequent-access',
      Status: 'Enabled',
      Filter: { Prefix: 'raw/' },
      Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
      NoncurrentVersionExpiration: { NoncurrentDays: 90 },
    },
  ],
  tags: { 'nubelab:lab': 's3-bucket', 'nubelab:learner': learner },
  location: region,
});

async function bucketExists(bucket: string): Promise<boolean> {
  return s3.send(new HeadBucketCommand({ Bucket: bucket })).then(() => true, () => false);
}

describe('deployLab on the emulator target', () => {
  it('applies the synthesized template faithfully and seeds the sample data', async () => {
    const started = Date.now();
    const { result, events } = await deploy();
    console.info(`[timing] emulator deploy (first, includes CDK import and synth): ${Date.now() - started} ms`);

    expect(result).toMatchObject({ labId: 's3-bucket', learner: 'ana', stackName: 'NubeLab-s3-bucket-ana', target: 'emulator', account: ACCOUNT });
    expect(result.outputs).toEqual({ BucketName: BUCKET });
    expect(result.resources.map((r) => [r.type, r.physicalId, r.action])).toEqual([
      ['AWS::S3::Bucket', BUCKET, 'created'],
      ['AWS::S3::BucketPolicy', BUCKET, 'created'],
    ]);
    expect(await bucketSettings(BUCKET)).toEqual(expectedSettings(BUCKET, 'ana', 'us-east-1'));

    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'raw/taxi-sample.csv' }));
    expect(object.ContentType).toBe('text/csv');
    expect(await object.Body!.transformToString()).toBe(readFileSync(SAMPLE_CSV, 'utf8'));
    expect(result.seeded).toEqual([{ bucket: BUCKET, key: 'raw/taxi-sample.csv' }]);

    expect(events.map((e) => e.kind)).toEqual([
      'synthesized',
      'resource-creating',
      'resource-created',
      'resource-creating',
      'resource-created',
      'seeded',
    ]);
  });

  it('deploys again without error, updating the same resources', async () => {
    const started = Date.now();
    const { result } = await deploy();
    console.info(`[timing] emulator re-deploy: ${Date.now() - started} ms`);
    expect(result.resources.map((r) => r.action)).toEqual(['updated', 'updated']);
    expect(await bucketSettings(BUCKET)).toEqual(expectedSettings(BUCKET, 'ana', 'us-east-1'));
  });

  it('puts back a setting that was removed by hand (drift)', async () => {
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: BUCKET }));
    await deploy();
    expect((await bucketSettings(BUCKET)).publicAccess).toEqual(expectedSettings(BUCKET, 'ana', 'us-east-1').publicAccess);
  });

  it('creates the bucket in the target region', async () => {
    const { result } = await deploy('eu', 'eu-west-1');
    const bucket = `taxis-datalake-eu-${ACCOUNT}`;
    expect(result.region).toBe('eu-west-1');
    expect(await bucketSettings(bucket)).toEqual(expectedSettings(bucket, 'eu', 'eu-west-1'));
    await destroyLab('s3-bucket', { target: emulator.target('eu-west-1'), learner: 'eu' });
    expect(await bucketExists(bucket)).toBe(false);
  });

  it('refuses to take over a bucket with the same name that NubeLab did not create, and leaves it alone', async () => {
    const bucket = `taxis-datalake-bob-${ACCOUNT}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const deployError = await rejection(deploy('bob'));
    expect(deployError.code).toBe('resource-exists');
    expect(deployError.details).toMatchObject({ type: 'AWS::S3::Bucket', physicalId: bucket });
    const destroyError = await rejection(destroyLab('s3-bucket', { target: emulator.target(), learner: 'bob' }));
    expect(destroyError.code).toBe('resource-not-owned');
    expect(await bucketExists(bucket)).toBe(true);
    await expect(s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }))).rejects.toThrow();
  });

  it("does not treat the same learner's bucket in another region as this region's", async () => {
    await deploy('twice', 'us-east-1');
    expect((await rejection(deploy('twice', 'eu-west-1'))).code).toBe('resource-exists');
    expect((await rejection(destroyLab('s3-bucket', { target: emulator.target('eu-west-1'), learner: 'twice' }))).code).toBe('resource-not-owned');
    expect((await bucketSettings(`taxis-datalake-twice-${ACCOUNT}`)).location).toBe('us-east-1');
    await destroyLab('s3-bucket', { target: emulator.target('us-east-1'), learner: 'twice' });
  });

  it('rejects an unknown lab and a bad learner name before touching the account', async () => {
    expect((await rejection(deployLab('no-such-lab', { target: emulator.target(), learner: 'ana' }))).code).toBe('unknown-lab');
    const bad = await rejection(deployLab('s3-bucket', { target: emulator.target(), learner: 'Ana_B' }));
    expect(bad.code).toBe('bad-learner');
    expect(bad.details).toEqual({ learner: 'Ana_B', maxLength: 35 });
  });
});

describe('destroyLab on the emulator target', () => {
  it('deletes every object version, the policy and the bucket', async () => {
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: BUCKET }));
    expect(versions.Versions!.length).toBeGreaterThan(1); // the sample was uploaded by each deploy

    const events: DeployEvent[] = [];
    const started = Date.now();
    const result = await destroyLab('s3-bucket', { target: emulator.target(), learner: 'ana', onProgress: (e) => events.push(e) });
    console.info(`[timing] emulator destroy: ${Date.now() - started} ms`);

    expect(result.deleted.map((r) => r.type)).toEqual(['AWS::S3::BucketPolicy', 'AWS::S3::Bucket']);
    expect(result.nothingToDestroy).toBe(false);
    expect(events).toContainEqual({ kind: 'bucket-emptied', bucket: BUCKET, deletedCount: versions.Versions!.length });
    expect(await bucketExists(BUCKET)).toBe(false);
  });

  it('is harmless when there is nothing left', async () => {
    const result = await destroyLab('s3-bucket', { target: emulator.target(), learner: 'ana' });
    expect(result.deleted).toEqual([]);
    expect(result.absent.map((r) => r.type)).toEqual(['AWS::S3::BucketPolicy', 'AWS::S3::Bucket']);
    expect(result.nothingToDestroy).toBe(true);
  });
});
