import {
  CreateCrawlerCommand, DeleteCrawlerCommand, DeleteDatabaseCommand, GetJobRunCommand, GetTableCommand, StartJobRunCommand, UpdateTableCommand,
  type Column, type TableInput,
} from '@aws-sdk/client-glue';
import { AttachRolePolicyCommand, DetachRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import type { DeployClients } from '../../../checker/deploy/clients.ts';
import { SAMPLE_CSV } from '../../../checker/paths.ts';
import { glueClient } from '../../../checker/services/glue/reader.ts';
import { iamClient } from '../../../checker/services/iam/reader.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the glue-catalog lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every name comes from the account and learner given,
 * as infra/lib/glue-catalog-stack.ts names it.
 */
export const glueRole = (learner: string) => `TaxisGlueServiceRole-${learner}`;
export const glueDatabase = (learner: string) => `taxis_${learner.replace(/-/g, '_')}`;
export const glueJob = (learner: string) => `taxis-raw-to-parquet-${learner}`;
export const dataLakeBucket = (learner: string, account: string) => `taxis-datalake-${learner}-${account}`;
export const dataLakePolicyArn = (learner: string, account: string) => `arn:aws:iam::${account}:policy/TaxisGlueDataLakeAccess-${learner}`;
const crawler = (learner: string) => `taxis-raw-crawler-${learner}`;
const GLUE_SERVICE_ROLE = 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole';
const FINISHED = ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT', 'ERROR'];

/** Starts a run of `job` and waits (bounded) until it has finished; returns the finished run. */
export async function runToEnd(clients: DeployClients, job: string, args?: Record<string, string>) {
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
export async function rewriteRawTable(ctx: MutantContext, change: (columns: Column[]) => Column[], serde?: string) {
  const glue = ctx.clients.get(glueClient);
  const DatabaseName = glueDatabase(ctx.learner);
  const { Table } = await glue.send(new GetTableCommand({ DatabaseName, Name: 'raw' }));
  const sd = Table!.StorageDescriptor!;
  const input: TableInput = {
    Name: 'raw', TableType: Table!.TableType, Parameters: Table!.Parameters, PartitionKeys: Table!.PartitionKeys,
    StorageDescriptor: { ...sd, Columns: change(sd.Columns ?? []), SerdeInfo: serde ? { SerializationLibrary: serde, Parameters: { separatorChar: ',' } } : sd.SerdeInfo },
  };
  await glue.send(new UpdateTableCommand({ DatabaseName, TableInput: input }));
}

export const glueCatalogMutants: Record<string, Mutant> = {
  glue_role_trusts_glue_only: {
    name: 'EC2 may assume the Glue role too',
    apply: (ctx) => ctx.clients.get(iamClient).send(new UpdateAssumeRolePolicyCommand({
      RoleName: glueRole(ctx.learner),
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['glue.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
    })),
  },
  glue_role_service_policy_attached: {
    name: 'AWSGlueServiceRole is detached',
    apply: (ctx) => ctx.clients.get(iamClient).send(new DetachRolePolicyCommand({ RoleName: glueRole(ctx.learner), PolicyArn: GLUE_SERVICE_ROLE })),
  },
  glue_role_data_lake_access: {
    name: 'the data-lake policy is detached (AWSGlueServiceRole alone)',
    apply: (ctx) => ctx.clients.get(iamClient).send(new DetachRolePolicyCommand({
      RoleName: glueRole(ctx.learner), PolicyArn: dataLakePolicyArn(ctx.learner, ctx.account),
    })),
  },
  glue_role_least_privilege: {
    name: 'AmazonS3FullAccess, the shortcut the lesson warns about',
    apply: (ctx) => ctx.clients.get(iamClient).send(new AttachRolePolicyCommand({ RoleName: glueRole(ctx.learner), PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' })),
  },
  glue_database_exists: {
    name: 'the database is deleted (and its tables with it)',
    apply: (ctx) => ctx.clients.get(glueClient).send(new DeleteDatabaseCommand({ Name: glueDatabase(ctx.learner) })),
  },
  glue_crawler_raw_crawled: {
    name: 'the crawler is recreated over the whole bucket and never run',
    apply: async (ctx) => {
      const glue = ctx.clients.get(glueClient);
      await glue.send(new DeleteCrawlerCommand({ Name: crawler(ctx.learner) }));
      await glue.send(new CreateCrawlerCommand({
        Name: crawler(ctx.learner), Role: `arn:aws:iam::${ctx.account}:role/${glueRole(ctx.learner)}`, DatabaseName: glueDatabase(ctx.learner),
        Targets: { S3Targets: [{ Path: `s3://${dataLakeBucket(ctx.learner, ctx.account)}/` }] },
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
      const run = await runToEnd(ctx.clients, glueJob(ctx.learner), { '--BUCKET': `taxis-datalake-nobody-${ctx.account}` });
      // A run that did not fail would not break the check: say so here rather than as a wrong status later.
      if (run.JobRunState !== 'FAILED') throw new Error(`the run against a missing bucket ended ${run.JobRunState}, not FAILED`);
    },
  },
  glue_job_parquet_written: {
    name: 'the output is CSV instead of Parquet',
    apply: async (ctx) => {
      const s3 = ctx.clients.get(s3Client);
      const bucket = dataLakeBucket(ctx.learner, ctx.account);
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'processed/trips/trips.parquet' }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'processed/trips/trips.csv', Body: readFileSync(SAMPLE_CSV) }));
    },
  },
};
