import { PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { PutPublicAccessBlockCommand } from '@aws-sdk/client-s3';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { deployLab } from '../../checker/deploy/index.ts';
import { runChecks } from '../../checker/run.ts';
import { graderPolicy, READ_OPERATIONS } from '../../checker/services/index.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { labs } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { recordRequests } from '../support/request-recorder.ts';
import { runCli } from '../support/run-cli.ts';

const emulator = useEmulator();

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
    let run: ReturnType<typeof runCli> | undefined;
    const requests = await recordRequests(emulator.endpoint, async () => {
      run = runCli(['check', '--all', '--endpoint', emulator.endpoint, '--format', 'json']);
    });
    const { code, stdout } = run!;

    const report = JSON.parse(stdout) as { labs: { lab: string }[]; score: number; maxScore: number };
    expect(report.labs.map((l) => l.lab)).toEqual(labs.map((l) => l.id));
    expect(code).toBe(finished ? 0 : 1);
    if (finished) expect(report.score).toBe(report.maxScore);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.readOnly)).toEqual([]);
  });

  it('a write sent by anyone else shows up in the recording (the test can see writes)', async () => {
    await emulator.reset();
    const requests = await recordRequests(emulator.endpoint, async () => runLabSteps('s3-bucket', emulator.endpoint));
    const writes = requests.filter((r) => !r.readOnly);
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
