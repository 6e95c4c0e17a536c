import {
  CreateJobCommand,
  DeleteCrawlerCommand,
  CreateCrawlerCommand,
  DeleteDatabaseCommand,
  GetJobRunCommand,
  GetTableCommand,
  StartJobRunCommand,
  UpdateTableCommand,
  type Column,
  type TableInput,
} from '@aws-sdk/client-glue';
import { AttachRolePolicyCommand, DetachRolePolicyCommand, PutRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CSV } from '../../checker/paths.ts';
import type { DeployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { glueClient } from '../../checker/services/glue/reader.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import lab from '../../labs/glue-catalog/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, type MutantContext, withDeployClients } from '../support/lab-contract.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const ROLE = 'TaxisGlueServiceRole-student';
const DATABASE = 'taxis_student';
const CRAWLER = 'taxis-raw-crawler-student';
const JOB = 'taxis-raw-to-parquet-student';
const bucketOf = (account: string) => `taxis-datalake-student-${account}`;
const GLUE_SERVICE_ROLE = 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole';
const FINISHED = ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT', 'ERROR'];

/** Starts a run of `job` and waits (bounded) until it has finished; returns the finished run. */
async function runToEnd(clients: DeployClients, job: string, args?: Record<string, string>) {
  const glue = clients.get(glueClient);
  const { JobRunId } = await glue.send(new StartJobRunCommand({ JobName: job, Arguments: args }));
  const started = Date.now();
  for (;;) {
    const { JobRun } = await glue.send(new GetJobRunCommand({ JobName: job, RunId: JobRunId }));
    if (FINISHED.includes(JobRun?.JobRunState ?? '')) return JobRun!;
    if (Date.now() - started > 60_000) throw new Error(`run ${JobRunId} of ${job} did not finish within 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The crawled table over raw/, rewritten with `change` (UpdateTable takes a whole TableInput). */
async function rewriteRawTable(ctx: MutantContext, change: (columns: Column[]) => Column[], serde?: string) {
  const glue = ctx.clients.get(glueClient);
  const { Table } = await glue.send(new GetTableCommand({ DatabaseName: DATABASE, Name: 'raw' }));
  const sd = Table!.StorageDescriptor!;
  const input: TableInput = {
    Name: 'raw', TableType: Table!.TableType, Parameters: Table!.Parameters, PartitionKeys: Table!.PartitionKeys,
    StorageDescriptor: { ...sd, Columns: change(sd.Columns ?? []), SerdeInfo: serde ? { SerializationLibrary: serde, Parameters: { separatorChar: ',' } } : sd.SerdeInfo },
  };
  await glue.send(new UpdateTableCommand({ DatabaseName: DATABASE, TableInput: input }));
}

describeLabContract('glue-catalog', emulator, {
  mutants: {
    glue_role_trusts_glue_only: {
      name: 'EC2 may assume the Glue role too',
      apply: (ctx) => ctx.clients.get(iamClient).send(new UpdateAssumeRolePolicyCommand({
        RoleName: ROLE,
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['glue.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
      })),
    },
    glue_role_service_policy_attached: {
      name: 'AWSGlueServiceRole is detached',
      apply: (ctx) => ctx.clients.get(iamClient).send(new DetachRolePolicyCommand({ RoleName: ROLE, PolicyArn: GLUE_SERVICE_ROLE })),
    },
    glue_role_data_lake_access: {
      name: 'the data-lake policy is detached (AWSGlueServiceRole alone)',
      apply: (ctx) => ctx.clients.get(iamClient).send(new DetachRolePolicyCommand({
        RoleName: ROLE, PolicyArn: `arn:aws:iam::${ctx.account}:policy/TaxisGlueDataLakeAccess-student`,
      })),
    },
    glue_role_least_privilege: {
      name: 'AmazonS3FullAccess, the shortcut the lesson warns about',
      apply: (ctx) => ctx.clients.get(iamClient).send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' })),
    },
    glue_database_exists: {
      name: 'the database is deleted (and its tables with it)',
      apply: (ctx) => ctx.clients.get(glueClient).send(new DeleteDatabaseCommand({ Name: DATABASE })),
    },
    glue_crawler_raw_crawled: {
      name: 'the crawler is recreated over the whole bucket and never run',
      apply: async (ctx) => {
        const glue = ctx.clients.get(glueClient);
        await glue.send(new DeleteCrawlerCommand({ Name: CRAWLER }));
        await glue.send(new CreateCrawlerCommand({
          Name: CRAWLER, Role: `arn:aws:iam::${ctx.account}:role/${ROLE}`, DatabaseName: DATABASE, Targets: { S3Targets: [{ Path: `s3://${bucketOf(ctx.account)}/` }] },
        }));
      },
    },
    glue_table_raw_columns: {
      name: 'the table typed by OpenCSVSerde, every column a string',
      apply: (ctx) => rewriteRawTable(ctx, (columns) => columns.map((c) => ({ ...c, Type: 'string' })), 'org.apache.hadoop.hive.serde2.OpenCSVSerde'),
    },
    glue_job_last_run_succeeded: {
      name: 'the last run was pointed at a bucket that does not exist',
      apply: async (ctx) => {
        const run = await runToEnd(ctx.clients, JOB, { '--BUCKET': `taxis-datalake-nobody-${ctx.account}` });
        expect(run.JobRunState).toBe('FAILED');
      },
    },
    glue_job_parquet_written: {
      name: 'the output is CSV instead of Parquet',
      apply: async (ctx) => {
        const s3 = ctx.clients.get(s3Client);
        const bucket = bucketOf(ctx.account);
        await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'processed/trips/trips.parquet' }));
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'processed/trips/trips.csv', Body: readFileSync(SAMPLE_CSV) }));
      },
    },
  },
});

async function findingOf(id: string) {
  const result = await runChecks({ labs: [lab], target: emulator.target() });
  return result.labs[0]!.checks.find((c) => c.id === id)!;
}

describe('glue-catalog: another valid solution', () => {
  it('an inline S3 policy without deletes, a table typed by hand with timestamps, and a second successful run pass too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const bucketArn = `arn:aws:s3:::${bucketOf(ACCOUNT)}`;
      const iam = clients.get(iamClient);
      await iam.send(new DetachRolePolicyCommand({ RoleName: ROLE, PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/TaxisGlueDataLakeAccess-student` }));
      await iam.send(new PutRolePolicyCommand({
        RoleName: ROLE, PolicyName: 'glue-data-lake',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } },
            { Effect: 'Allow', Action: 's3:GetObject', Resource: [`${bucketArn}/raw/*`, `${bucketArn}/scripts/raw_to_parquet.py`] },
            { Effect: 'Allow', Action: 's3:PutObject', Resource: `${bucketArn}/processed/trips/*` },
          ],
        }),
      }));
      const ctx = { clients, account: ACCOUNT, region: 'us-east-1', learner: 'student' };
      await rewriteRawTable(ctx, (columns) => columns.map((c) => (c.Name?.endsWith('_datetime') ? { ...c, Type: 'timestamp' } : c)));
      expect((await runToEnd(clients, JOB)).JobRunState).toBe('SUCCEEDED');
    });
    expect(Object.values(await statusesOf(lab, emulator))).toEqual(lab.checks.map(() => 'pass'));
  });
});

describe('glue-catalog: the job really runs on the emulator', () => {
  it('a script that raises makes the job check fail with its error in the message and the evidence', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      await clients.get(s3Client).send(new PutObjectCommand({
        Bucket: bucketOf(ACCOUNT), Key: 'scripts/raw_to_parquet.py', Body: 'raise ValueError("fare_amount has text in row 7")\n',
      }));
      const run = await runToEnd(clients, JOB);
      expect(run.JobRunState).toBe('FAILED');
      expect(run.ErrorMessage).toBe('ValueError: fare_amount has text in row 7');
    });
    const job = await findingOf('glue_job_last_run_succeeded');
    expect(job.status).toBe('fail');
    expect(job.message.en).toBe(`The last run of ${JOB} ended FAILED: ValueError: fare_amount has text in row 7.`);
    expect(job.evidence.lastRun).toMatchObject({ state: 'FAILED', errorMessage: 'ValueError: fare_amount has text in row 7' });
    expect(job.evidence.earlierRuns).toEqual([expect.objectContaining({ state: 'SUCCEEDED' })]);
    expect((await findingOf('glue_job_parquet_written')).status).toBe('skipped');
  });

  it('a Spark (glueetl) job is not run by the emulator: its run fails saying so, and so does the check', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const spark = 'taxis-raw-to-parquet';
    await withDeployClients(emulator, async (clients) => {
      await clients.get(glueClient).send(new CreateJobCommand({
        Name: spark, Role: `arn:aws:iam::${ACCOUNT}:role/${ROLE}`, GlueVersion: '5.0', WorkerType: 'G.1X', NumberOfWorkers: 2,
        Command: { Name: 'glueetl', ScriptLocation: `s3://${bucketOf(ACCOUNT)}/scripts/raw_to_parquet.py`, PythonVersion: '3' },
      }));
      expect((await runToEnd(clients, spark)).JobRunState).toBe('FAILED');
    });
    // The exact lesson name is graded before the reference's suffixed one.
    const job = await findingOf('glue_job_last_run_succeeded');
    expect(job.status).toBe('fail');
    expect(job.message.en).toContain("runs only Python shell jobs (Command.Name 'pythonshell')");
    expect(job.evidence.job).toMatchObject({ type: 'glueetl' });
    expect(job.evidence.otherMatchingJobs).toEqual([JOB]);
  });

  it('the Parquet the reference job wrote has the cleaned columns and every trip of the sample', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const parquet = await findingOf('glue_job_parquet_written');
    expect(parquet.status).toBe('pass');
    expect(parquet.evidence).toMatchObject({ folder: 'processed/trips/', rows: 500 });
    const [file] = parquet.evidence.files as { key: string; columns: string[] }[];
    expect(file!.key).toBe('processed/trips/trips.parquet');
    expect(file!.columns).toEqual(expect.arrayContaining(['tpep_pickup_datetime:timestamp', 'tpep_dropoff_datetime:timestamp', 'fare_amount:double', 'trip_distance:double', 'payment_type:int64']));
  });
});
