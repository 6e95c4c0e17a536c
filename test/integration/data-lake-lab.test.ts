import { GetLogEventsCommand, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  GetBucketNotificationConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { destroyLab } from '../../checker/deploy/index.ts';
import { logsClient } from '../../checker/services/logs/handlers.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { findLab } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { bucketStatements, dataLakeBucket, dataLakeMutants, isTlsDeny, rawArrivalsFunctionArn } from '../support/mutants/data-lake.ts';

const emulator = useEmulator();
const ACCOUNT = '123456789012';
const BUCKET = dataLakeBucket('student', ACCOUNT);
const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
const GLUE_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/TaxisGlueServiceRole-student`;
const FUNCTION_ARN = rawArrivalsFunctionArn({ account: ACCOUNT, region: 'us-east-1', learner: 'student' });
const lab = findLab('data-lake')!;
const s3BucketLab = findLab('s3-bucket')!;

const statements = (s3: S3Client) => bucketStatements(s3, BUCKET);

describeLabContract('data-lake', emulator, { mutants: dataLakeMutants });

const every = (status: string) => Object.fromEntries(lab.checks.map((c) => [c.id, status]));

describe('data-lake: another valid solution', () => {
  it('Principal "*" limited by aws:PrincipalArn, List limited to raw/, and EventBridge beside a .csv-only function trigger pass too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const s3 = clients.get(s3Client);
      const onlyGlue = { ArnEquals: { 'aws:PrincipalArn': GLUE_ROLE_ARN } };
      const kept = (await statements(s3)).filter(isTlsDeny);
      await s3.send(new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            ...kept,
            { Sid: 'GlueList', Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: { ...onlyGlue, StringLike: { 's3:prefix': 'raw/*' } } },
            { Sid: 'GlueObjects', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: [`${BUCKET_ARN}/raw/*`, `${BUCKET_ARN}/processed/*`], Condition: onlyGlue },
            { Sid: 'GlueWrites', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/processed/*`, Condition: onlyGlue },
          ],
        }),
      }));
      await s3.send(new PutBucketNotificationConfigurationCommand({
        Bucket: BUCKET,
        NotificationConfiguration: {
          EventBridgeConfiguration: {},
          LambdaFunctionConfigurations: [{
            Id: 'raw-csv', LambdaFunctionArn: FUNCTION_ARN, Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'raw/' }, { Name: 'suffix', Value: '.csv' }] } },
          }],
        },
      }));
    });
    expect(await statusesOf(lab, emulator)).toEqual(every('pass'));
  });
});

describe('data-lake: a queue instead of EventBridge or a function', () => {
  it('an SQS notification for every object created under raw/ passes; one for Put only does not', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const queueArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:taxis-raw-arrivals`;
    const notifyQueue = (events: string[]) => withDeployClients(emulator, (clients) => clients.get(s3Client).send(new PutBucketNotificationConfigurationCommand({
      Bucket: BUCKET,
      NotificationConfiguration: { QueueConfigurations: [{ Id: 'raw-queue', QueueArn: queueArn, Events: events as ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'raw/' }] } } }] },
    })));
    await notifyQueue(['s3:ObjectCreated:*']);
    expect(await statusesOf(lab, emulator)).toEqual(every('pass'));
    await notifyQueue(['s3:ObjectCreated:Put']);
    expect((await statusesOf(lab, emulator)).s3_notification_raw_created).toBe('fail');
  });
});

describe('data-lake: the s3-bucket lab is left as it was', () => {
  it('with the data lake deployed every s3-bucket check passes; its destroy takes out exactly the Glue statements and the trigger', async () => {
    await emulator.reset();
    await deployReference(s3BucketLab, emulator);
    const before = await withDeployClients(emulator, (clients) => statements(clients.get(s3Client)));
    await deployReference(lab, emulator);
    expect(await statusesOf(s3BucketLab, emulator)).toEqual(Object.fromEntries(s3BucketLab.checks.map((c) => [c.id, 'pass'])));
    const during = await withDeployClients(emulator, (clients) => statements(clients.get(s3Client)));
    expect(during.map((s) => s.Sid)).toEqual([...before.map((s) => s.Sid), 'GlueListRawAndProcessed', 'GlueReadRaw', 'GlueReadWriteProcessed']);

    await destroyLab('data-lake', { target: emulator.target(), learner: 'student' });
    await withDeployClients(emulator, async (clients) => {
      const s3 = clients.get(s3Client);
      expect(await statements(s3)).toEqual(before);
      const notifications = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: BUCKET }));
      expect(notifications.LambdaFunctionConfigurations ?? []).toEqual([]);
    });
    expect(await statusesOf(s3BucketLab, emulator)).toEqual(Object.fromEntries(s3BucketLab.checks.map((c) => [c.id, 'pass'])));
  });
});

describe('data-lake: the trigger really fires on the emulator', () => {
  it('a new CSV under raw/ invokes the function, which logs its key; a file under processed/ does not', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const logged = await withDeployClients(emulator, async (clients) => {
      const s3 = clients.get(s3Client);
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'processed/trips/extra.parquet', Body: 'not really parquet' }));
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/2026-11.csv', Body: 'VendorID,fare_amount\n1,9.5\n' }));
      const logs = clients.get(logsClient);
      const group = '/aws/lambda/taxis-raw-arrivals-student';
      const started = Date.now();
      for (;;) {
        const { logStreams = [] } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
        const messages: string[] = [];
        for (const stream of logStreams) {
          const { events = [] } = await logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: stream.logStreamName }));
          messages.push(...events.map((e) => e.message ?? ''));
        }
        const keys = messages.filter((m) => m.startsWith('{')).map((m) => JSON.parse(m).key as string);
        if (keys.length > 0 || Date.now() - started > 30_000) return keys;
        await new Promise((r) => setTimeout(r, 250));
      }
    });
    expect(logged).toEqual(['raw/2026-11.csv']);
  });
});
