import {
  CreateBucketCommand, DeleteBucketEncryptionCommand, DeleteObjectCommand, PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand, PutBucketOwnershipControlsCommand, PutBucketPolicyCommand,
  PutBucketVersioningCommand, PutObjectCommand, PutPublicAccessBlockCommand, GetBucketPolicyCommand, S3Client,
} from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CSV } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { isReadOnlyOperation } from '../../checker/aws/read-only.ts';
import { graderPolicy, IAM_ACTION_OF } from '../../checker/aws/iam-actions.ts';
import lab from '../../labs/s3-bucket/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { runCli } from '../support/run-cli.ts';

const emulator = useEmulator();
const BUCKET = 'taxis-datalake-student-123456789012';
const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

function writer() {
  return new S3Client({ region: 'us-east-1', endpoint: emulator.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
}

async function statuses(region = 'us-east-1') {
  const result = await runChecks({ labs: [lab], target: emulator.target(region) });
  return Object.fromEntries(result.labs[0]!.checks.map((c) => [c.id, c.status]));
}

const everyCheck = (status: string) => Object.fromEntries(lab.checks.map((c) => [c.id, status]));

describe('s3-bucket lab against the real emulator', () => {
  it('an empty account fails every check', async () => {
    await emulator.reset();
    expect(await statuses()).toEqual(everyCheck('fail'));
  });

  it('a bucket with moto\'s bare defaults passes only the existence check', async () => {
    await emulator.reset();
    await writer().send(new CreateBucketCommand({ Bucket: BUCKET }));
    const s = await statuses();
    expect(s.s3_bucket_exists).toBe('pass');
    expect(Object.values(s).filter((x) => x === 'pass')).toHaveLength(1);
  });

  it('the right bucket in the wrong region fails every check', async () => {
    await emulator.reset();
    await writer().send(new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    expect(await statuses('us-east-1')).toEqual(everyCheck('fail'));
  });
});

describe('the reference solution, deployed and destroyed by the instructor\'s commands', () => {
  it('after deploy every check passes; after destroy the lab fails again', async () => {
    await emulator.reset();
    const deployed = runCli(['deploy', 's3-bucket', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stderr).toContain(`created AWS::S3::Bucket ${BUCKET}`);
    expect(await statuses()).toEqual(everyCheck('pass'));

    const destroyed = runCli(['destroy', 's3-bucket', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(destroyed.code, destroyed.stderr).toBe(0);
    expect(await statuses()).toEqual(everyCheck('fail'));
  });

  it('a learner name deploys a bucket of their own, which the checker grades', async () => {
    await emulator.reset();
    expect(runCli(['deploy', 's3-bucket', '--learner', 'ana', '--endpoint', emulator.endpoint]).code).toBe(0);
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    expect(result.labs[0]!.checks[0]!.evidence.resource).toBe('arn:aws:s3:::taxis-datalake-ana-123456789012');
    expect(result.score).toBe(8);
  });
});

describe('after the lesson\'s CLI steps', () => {
  let policy = '';
  beforeAll(async () => {
    await emulator.reset();
    runLabSteps('s3-bucket', emulator.endpoint);
    policy = (await writer().send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy ?? '';
  });

  it('every check passes, with read-only calls only', async () => {
    const operations: string[] = [];
    const result = await runChecks({ labs: [lab], target: emulator.target(), onOperation: (s, o) => operations.push(`${s}:${o}`) });
    expect(Object.fromEntries(result.labs[0]!.checks.map((c) => [c.id, c.status]))).toEqual(everyCheck('pass'));
    expect(operations.every((op) => isReadOnlyOperation(op.split(':')[1]!))).toBe(true);
    // One call per distinct read: the bucket listing and its location are shared by all eight checks.
    expect(new Set(operations).size).toBe(operations.length);
  });

  it('the grader policy grants exactly the IAM actions a run needs (bucket and account settings)', async () => {
    const operations = new Set<string>();
    await runChecks({ labs: [lab], target: emulator.target(), onOperation: (s, o) => operations.add(`${s}:${o}`) });
    // Turning the bucket's Block Public Access off makes the checker also read the account's.
    await writer().send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: { ...ALL_BLOCKED, BlockPublicAcls: false } }));
    try {
      await runChecks({ labs: [lab], target: emulator.target(), onOperation: (s, o) => operations.add(`${s}:${o}`) });
    } finally {
      await writer().send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: ALL_BLOCKED }));
    }
    expect([...operations].sort()).toEqual(Object.keys(IAM_ACTION_OF).sort());
    const granted = graderPolicy().Statement[0]!.Action;
    expect(granted.every((a) => a.startsWith('s3:') && /:(Get|List)/.test(a))).toBe(true);
  });

  /** Each mutant breaks exactly what one check verifies; `undo` restores the reference state. */
  const mutants: { check: string; name: string; apply: (s3: S3Client) => Promise<unknown>; undo: (s3: S3Client) => Promise<unknown> }[] = [
    {
      check: 's3_bucket_acls_disabled', name: 'ownership ObjectWriter',
      apply: (s3) => s3.send(new PutBucketOwnershipControlsCommand({ Bucket: BUCKET, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } })),
      undo: (s3) => s3.send(new PutBucketOwnershipControlsCommand({ Bucket: BUCKET, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } })),
    },
    {
      check: 's3_bucket_public_access_blocked', name: 'RestrictPublicBuckets off',
      apply: (s3) => s3.send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: { ...ALL_BLOCKED, RestrictPublicBuckets: false } })),
      undo: (s3) => s3.send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: ALL_BLOCKED })),
    },
    {
      check: 's3_bucket_versioning_enabled', name: 'versioning suspended',
      apply: (s3) => s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Suspended' } })),
      undo: (s3) => s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } })),
    },
    {
      check: 's3_bucket_default_encryption', name: 'default encryption removed',
      apply: (s3) => s3.send(new DeleteBucketEncryptionCommand({ Bucket: BUCKET })),
      undo: (s3) => s3.send(new PutBucketEncryptionCommand({ Bucket: BUCKET, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } })),
    },
    {
      check: 's3_bucket_tls_enforced', name: 'TLS deny covers the objects only',
      apply: (s3) => s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: policy.replace(`"arn:aws:s3:::${BUCKET}", `, '') })),
      undo: (s3) => s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: policy })),
    },
    {
      check: 's3_bucket_lifecycle_configured', name: 'raw/ moves to Glacier after only 10 days',
      apply: (s3) => s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: BUCKET, LifecycleConfiguration: { Rules: [{ ID: 'too-soon', Status: 'Enabled', Filter: { Prefix: 'raw/' }, Transitions: [{ Days: 10, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] } })),
      undo: (s3) => s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: BUCKET, LifecycleConfiguration: { Rules: [{ ID: 'r', Status: 'Enabled', Filter: { Prefix: 'raw/' }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }], NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] } })),
    },
    {
      check: 's3_bucket_raw_sample_present', name: 'the sample replaced by an unrelated CSV',
      apply: async (s3) => {
        await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'raw/taxi-sample.csv' }));
        await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/people.csv', Body: 'name,age\nana,30\n' }));
      },
      undo: async (s3) => {
        await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'raw/people.csv' }));
        await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/taxi-sample.csv', Body: readFileSync(SAMPLE_CSV) }));
      },
    },
  ];

  it.each(mutants)('mutant "$name" fails $check and only that check', async ({ check, apply, undo }) => {
    const s3 = writer();
    await apply(s3);
    try {
      expect(await statuses()).toEqual({ ...everyCheck('pass'), [check]: 'fail' });
    } finally {
      await undo(s3);
    }
    expect(await statuses()).toEqual(everyCheck('pass'));
  });

  it('every check except existence has a mutant here; existence is covered by the wrong-region state above', () => {
    const covered = new Set([...mutants.map((m) => m.check), 's3_bucket_exists']);
    expect([...covered].sort()).toEqual(lab.checks.map((c) => c.id).sort());
  });
});
