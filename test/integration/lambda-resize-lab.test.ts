import { UpdateFunctionCodeCommand, waitUntilFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DeployClients } from '../../checker/deploy/clients.ts';
import { labFile } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { lambdaClient } from '../../checker/services/lambda/reader.ts';
import { logsClient } from '../../checker/services/logs/handlers.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import lab from '../../labs/lambda-resize/lab.ts';
import { imageInfo } from '../../labs/lambda-resize/images.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { lambdaResizeMutants, photosBucket, resizeFunction, trigger } from '../support/mutants/lambda-resize.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const FUNCTION = resizeFunction('student');
const bucketOf = (account: string) => photosBucket('student', account);

describeLabContract('lambda-resize', emulator, { mutants: lambdaResizeMutants });

/** Polls until `probe` returns something (the function runs in the background), within a bound. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function logText(clients: DeployClients): Promise<string> {
  const out = await clients.get(logsClient).send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${FUNCTION}` }));
  return (out.events ?? []).map((e) => e.message).join('\n');
}

async function replaceCode(clients: DeployClients, source: string): Promise<void> {
  const lambda = clients.get(lambdaClient);
  await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: FUNCTION, ZipFile: zipSync({ 'lambda_function.py': strToU8(source) }) }));
  await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 30 }, { FunctionName: FUNCTION });
}

describe('lambda-resize: another valid solution', () => {
  it('one trigger per file type, with the four create events listed one by one, passes too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, (clients) => {
      const ctx = { clients, account: ACCOUNT, region: 'us-east-1', learner: 'student' };
      const events = ['s3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload'] as const;
      return trigger(ctx, ['.jpg', '.png'].map((suffix) => ({
        Id: `resize${suffix}`, Events: [...events], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: 'input/' }, { Name: 'suffix' as const, Value: suffix }] } },
      })));
    });
    expect(Object.values(await statusesOf(lab, emulator))).toEqual(lab.checks.map(() => 'pass'));
  });
});

describe('lambda-resize: the function really runs on the emulator', () => {
  it('a JPEG and a PNG uploaded under input/ come back resized, in their own format, under output/', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const s3 = clients.get(s3Client);
      const bucket = bucketOf(ACCOUNT);
      for (const [key, expected] of [['output/street.jpg', { type: 'jpg', width: 800, height: 600 }], ['output/chart.png', { type: 'png', width: 800, height: 600 }]] as const) {
        const body = await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray();
        expect(imageInfo(body), key).toEqual(expected);
      }
      const logs = await logText(clients);
      expect(logs).toMatch(/START RequestId: [0-9a-f-]{36} Version: \$LATEST/);
      expect(logs).toMatch(/Resized s3:\/\/.*\/input\/street\.jpg -> s3:\/\/.*\/output\/street\.jpg/);
      expect(logs).toMatch(/REPORT RequestId: [0-9a-f-]{36}\s+Duration: [\d.]+ ms/);
    });
  });

  it('a handler that raises leaves its error in the logs and no output, and the check says which copy is missing', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const bucket = bucketOf(ACCOUNT);
    await withDeployClients(emulator, async (clients) => {
      await replaceCode(clients, 'def lambda_handler(event, context):\n    raise ValueError("cannot read this photo")\n');
      await clients.get(s3Client).send(new PutObjectCommand({ Bucket: bucket, Key: 'input/broken.jpg', Body: readFileSync(labFile('lambda-resize', 'samples', 'street.jpg')) }));
      const logs = await eventually(async () => {
        const text = await logText(clients);
        return text.includes('cannot read this photo') ? text : undefined;
      }, 'the error in the log group');
      expect(logs).toMatch(/ValueError/);
      const outputs = await clients.get(s3Client).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'output/broken' }));
      expect(outputs.KeyCount ?? 0).toBe(0);
    });
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const outputs = result.labs[0]!.checks.find((c) => c.id === 'lambda_resize_outputs_fit')!;
    expect(outputs.status).toBe('fail');
    expect(outputs.message.en).toBe('The resized copy is missing: output/broken.jpg.');
  });

  it('a trigger without a prefix and a function that writes back into input/ is stopped by the loop guard', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const bucket = bucketOf(ACCOUNT);
    await withDeployClients(emulator, async (clients) => {
      const ctx = { clients, account: ACCOUNT, region: 'us-east-1', learner: 'student' };
      await trigger(ctx, [{ Id: 'everything' }]);
      // The mistake the lesson warns about: the output lands where the trigger fires.
      await replaceCode(clients, [
        'import boto3',
        's3 = boto3.client("s3")',
        'def lambda_handler(event, context):',
        '    record = event["Records"][0]["s3"]',
        '    s3.put_object(Bucket=record["bucket"]["name"], Key="input/again-" + context.aws_request_id + ".txt", Body=b"x")',
      ].join('\n'));
      await clients.get(s3Client).send(new PutObjectCommand({ Bucket: bucket, Key: 'input/start.txt', Body: 'go' }));
      const logs = await eventually(async () => {
        const text = await logText(clients);
        return text.includes('Recursive loop stopped') ? text : undefined;
      }, 'the loop guard', 60_000);
      expect(logs).toMatch(/Recursive loop stopped: nubelab-image-resize-student/);
      const copies = await clients.get(s3Client).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'input/again-' }));
      // 16 runs in the chain, each writing one object: bounded, not endless.
      expect(copies.KeyCount).toBe(16);
    });
    const statuses = await statusesOf(lab, emulator);
    expect(statuses.lambda_trigger_input_created).toBe('fail');
  });
});
