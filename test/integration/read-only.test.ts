import { PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { PutPublicAccessBlockCommand } from '@aws-sdk/client-s3';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { describe, expect, it } from 'vitest';
import { isReadOnlyOperation } from '../../checker/aws/read-only.ts';
import { deployClients } from '../../checker/deploy/clients.ts';
import { deployLab } from '../../checker/deploy/index.ts';
import { runChecks } from '../../checker/run.ts';
import { graderPolicy, READ_OPERATIONS } from '../../checker/services/index.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { labs } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { runCli } from '../support/run-cli.ts';

const emulator = useEmulator();

interface RecordedRequest { method: string; url: string; headers: Record<string, string>; body: string; body_encoded: boolean }

/** The AWS operation a recorded HTTP request was, for the protocols the checker's services use. */
function describeRequest(r: RecordedRequest): { operation: string; readOnly: boolean } {
  const body = r.body_encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body;
  const target = r.headers['X-Amz-Target'] ?? r.headers['x-amz-target'];
  if (target) {
    const operation = target.split('.').pop() ?? target;
    return { operation, readOnly: isReadOnlyOperation(operation) };
  }
  const action = new URLSearchParams(body).get('Action');
  if (r.method === 'POST' && action) return { operation: action, readOnly: isReadOnlyOperation(action) };
  // REST protocols (S3, S3 Control): only GET and HEAD read.
  return { operation: `${r.method} ${r.url}`, readOnly: r.method === 'GET' || r.method === 'HEAD' };
}

async function recorder(action: 'reset-recording' | 'start-recording' | 'stop-recording') {
  const res = await fetch(`${emulator.endpoint}/moto-api/recorder/${action}`, { method: 'POST' });
  expect(res.ok).toBe(true);
}

async function recorded(): Promise<RecordedRequest[]> {
  const text = await (await fetch(`${emulator.endpoint}/moto-api/recorder/download-recording`)).text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedRequest);
}

/** Every lab's reference solution, deployed in course order (each after the labs it requires). */
async function deployEveryReference() {
  for (const lab of labs) await deployLab(lab.id, { target: emulator.target(), learner: 'student' });
}

/** The operations one `check --all` sends, as the checker's own listener sees them. */
async function operationsOfCheckAll(): Promise<Set<string>> {
  const operations = new Set<string>();
  await runChecks({ labs, target: emulator.target(), onOperation: (s, o) => operations.add(`${s}:${o}`) });
  return operations;
}

describe('the checker is read-only, across every lab', () => {
  it.each([
    ['every lab finished (references deployed)', true],
    ['nothing done (every check fails)', false],
  ])('on %s, check --all sends the emulator read requests only', async (_, finished) => {
    await emulator.reset();
    if (finished) await deployEveryReference();
    await recorder('reset-recording');
    await recorder('start-recording');
    const { code, stdout } = runCli(['check', '--all', '--endpoint', emulator.endpoint, '--format', 'json']);
    await recorder('stop-recording');

    const report = JSON.parse(stdout) as { labs: { lab: string }[]; score: number; maxScore: number };
    expect(report.labs.map((l) => l.lab)).toEqual(labs.map((l) => l.id));
    expect(code).toBe(finished ? 0 : 1);
    if (finished) expect(report.score).toBe(report.maxScore);
    const requests = (await recorded()).map(describeRequest);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.readOnly)).toEqual([]);
  });

  it('a write sent by anyone else shows up in the recording (the test can see writes)', async () => {
    await emulator.reset();
    await recorder('reset-recording');
    await recorder('start-recording');
    runLabSteps('s3-bucket', emulator.endpoint);
    await recorder('stop-recording');
    const writes = (await recorded()).map(describeRequest).filter((r) => !r.readOnly);
    expect(writes.length).toBeGreaterThanOrEqual(8);
  });
});

describe('nubelab grader-policy equals what the checks send, across every lab', () => {
  // It deploys every lab's reference and runs every lab's CLI steps: its time grows with the number of labs.
  it('the reads sent over an empty account, the references, the lessons\' steps and the states only mistakes create are exactly the declared reads', async () => {
    const sent = new Set<string>();
    const add = (ops: Set<string>) => ops.forEach((op) => sent.add(op));

    await emulator.reset();
    add(await operationsOfCheckAll());

    await deployEveryReference();
    add(await operationsOfCheckAll());

    // Only a bucket whose own Block Public Access is incomplete makes the checker read the account's.
    const clients = deployClients(emulator.target());
    try {
      const bucket = `taxis-datalake-student-${(await runChecks({ labs: [], target: emulator.target() })).account}`;
      await clients.get(s3Client).send(new PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }));
    } finally {
      clients.close();
    }
    add(await operationsOfCheckAll());

    // The lessons' CLI steps build other valid shapes (inline policies, for instance).
    await emulator.reset();
    for (const lab of labs) runLabSteps(lab.id, emulator.endpoint);
    add(await operationsOfCheckAll());

    // A user's own inline policy is only read when there is one: a state the lesson warns against.
    const writer = deployClients(emulator.target());
    try {
      await writer.get(iamClient).send(new PutUserPolicyCommand({
        UserName: 'ana',
        PolicyName: 'own-permissions',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' }] }),
      }));
    } finally {
      writer.close();
    }
    add(await operationsOfCheckAll());

    expect([...sent].sort()).toEqual(Object.keys(READ_OPERATIONS).sort());

    const printed = runCli(['grader-policy']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(graderPolicy());
    // Every lab's steps run with the real AWS CLI, and the data labs run a Glue job and Athena queries:
    // a minute and a half per lab leaves room on a loaded 2-CPU machine.
  }, 90_000 * labs.length);
});
