import { CreateBucketCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLabContract, expectedStatuses } from '../support/lab-contract.ts';
import { SAMPLE_CSV } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { isReadOnlyOperation } from '../../checker/aws/read-only.ts';
import { graderPolicy } from '../../checker/services/index.ts';
import { s3 as s3Service } from '../../checker/services/s3/index.ts';
import lab from '../../labs/s3-bucket/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { s3BucketMutants } from '../support/mutants/s3-bucket.ts';
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
/** No bucket to grade: the existence check fails and every other one, which needs it, is skipped. */
const noBucket = () => expectedStatuses(lab, new Set(lab.checks.map((c) => c.id)));

describe('s3-bucket lab against the real emulator', () => {
  it('an empty account fails every check', async () => {
    await emulator.reset();
    expect(await statuses()).toEqual(noBucket());
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
    expect(await statuses('us-east-1')).toEqual(noBucket());
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
    expect(await statuses()).toEqual(noBucket());
  });

  it('a learner name deploys a bucket of their own, which the checker grades', async () => {
    await emulator.reset();
    expect(runCli(['deploy', 's3-bucket', '--learner', 'ana', '--endpoint', emulator.endpoint]).code).toBe(0);
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    expect(result.labs[0]!.checks[0]!.evidence.resource).toBe('arn:aws:s3:::taxis-datalake-ana-123456789012');
    expect(result.score).toBe(8);
  });
});

describe('what the report says it graded, with the reference and a learner\'s own bucket side by side', () => {
  const REFERENCE = BUCKET;
  const OWN = 'taxis-datalake-ana-123456789012';

  beforeAll(async () => {
    await emulator.reset();
    expect(runCli(['deploy', 's3-bucket', '--endpoint', emulator.endpoint]).code).toBe(0);
    // The learner's own bucket, made by the lesson's steps under another name, a moment later.
    // S3 reports creation dates to the second, so wait past it: two buckets made in the same second
    // tie, and the tie (list order) would decide which one is "the newest".
    await new Promise((resolve) => setTimeout(resolve, 1100));
    runLabSteps('s3-bucket', emulator.endpoint, { NUBELAB_LEARNER: 'ana' });
  });

  it('the header names the graded bucket and the other that matched; only the reference is marked', () => {
    const { stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--lang', 'en']);
    expect(stdout).toContain(`Graded (bucket): ${OWN}\n  Also matched, not graded: ${REFERENCE}`);
    const json = JSON.parse(runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--format', 'json']).stdout);
    expect(json.labs[0].graded).toEqual([{ kind: 'bucket', name: OWN, reference: false, others: [REFERENCE] }]);
  });

  it('--resource grades the named one, and says "reference solution" next to it', () => {
    const { code, stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--resource', REFERENCE, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Graded (bucket): ${REFERENCE} (reference solution)`);
    expect(runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--resource', REFERENCE]).stdout).toContain(`Calificado (bucket): ${REFERENCE} (solución de referencia)`);
  });

  it('--exclude-reference leaves the reference out: the learner\'s bucket is graded even when the reference is chosen', () => {
    const { stdout } = runCli(['check', 's3-bucket', '--endpoint', emulator.endpoint, '--exclude-reference', '--resource', REFERENCE, '--format', 'json']);
    expect(JSON.parse(stdout).labs[0].graded).toEqual([{ kind: 'bucket', name: OWN, reference: false, others: [] }]);
  });
});

describe('after the lesson\'s CLI steps', () => {
  beforeAll(async () => {
    await emulator.reset();
    runLabSteps('s3-bucket', emulator.endpoint);
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
    // This lab sends only declared S3 reads (other labs use the rest: read-only.test.ts checks the
    // union over every lab), and the grader policy grants each of them.
    const s3Sent = [...operations].filter((o) => o !== 'STS:GetCallerIdentity');
    expect(s3Sent.length).toBeGreaterThan(5);
    expect(s3Sent.filter((o) => !Object.hasOwn(s3Service.readOperations, o))).toEqual([]);
    const granted = graderPolicy().Statement[0]!.Action;
    expect(s3Sent.map((o) => s3Service.readOperations[o]).filter((a) => !a || !granted.includes(a))).toEqual([]);
    expect(granted.filter((a) => !/^[a-z0-9-]+:(Get|List|Describe|BatchGet)/.test(a))).toEqual([]);
  });
});

describeLabContract('s3-bucket', emulator, { mutants: s3BucketMutants });
