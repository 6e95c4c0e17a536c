import {
  GetJobRunsCommand,
  GetTagsCommand,
  GlueClient,
  paginateGetCrawlers,
  paginateGetDatabases,
  paginateGetJobs,
  paginateGetTables,
  type Crawler,
  type Job,
  type JobRun,
  type Table,
} from '@aws-sdk/client-glue';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { CrawlerInfo, DatabaseInfo, GlueReader, JobInfo, JobRunInfo, TableInfo } from './types.ts';

export const glueClient = defineClient('Glue', (config) => new GlueClient(config));

const iso = (d: Date | undefined) => d?.toISOString();

function toTable(t: Table, database: string): TableInfo {
  const sd = t.StorageDescriptor;
  const columns = (list: { Name?: string; Type?: string }[] | undefined) => (list ?? []).map((c) => ({ name: c.Name ?? '', type: c.Type ?? '' }));
  return {
    name: t.Name ?? '',
    database,
    location: sd?.Location,
    columns: columns(sd?.Columns),
    partitionKeys: columns(t.PartitionKeys),
    classification: t.Parameters?.classification ?? sd?.Parameters?.classification,
    serde: sd?.SerdeInfo?.SerializationLibrary,
    updatedByCrawler: t.Parameters?.UPDATED_BY_CRAWLER,
    createdAt: iso(t.CreateTime),
    updatedAt: iso(t.UpdateTime),
  };
}

function toCrawler(c: Crawler): CrawlerInfo {
  return {
    name: c.Name ?? '',
    role: c.Role ?? '',
    database: c.DatabaseName,
    s3Targets: (c.Targets?.S3Targets ?? []).map((t) => ({ path: t.Path ?? '', exclusions: t.Exclusions ?? [] })),
    tablePrefix: c.TablePrefix,
    state: c.State,
    lastCrawl: c.LastCrawl && { status: c.LastCrawl.Status, errorMessage: c.LastCrawl.ErrorMessage, startedAt: iso(c.LastCrawl.StartTime) },
    createdAt: iso(c.CreationTime),
  };
}

function toJob(j: Job): JobInfo {
  const args = j.DefaultArguments ?? {};
  return {
    name: j.Name ?? '',
    role: j.Role ?? '',
    type: j.Command?.Name ?? 'glueetl',
    scriptLocation: j.Command?.ScriptLocation,
    pythonVersion: j.Command?.PythonVersion,
    glueVersion: j.GlueVersion,
    maxCapacity: j.MaxCapacity,
    workerType: j.WorkerType,
    numberOfWorkers: j.NumberOfWorkers,
    timeoutMinutes: j.Timeout,
    defaultArgumentNames: Object.keys(args),
    defaultArguments: args,
    createdAt: iso(j.CreatedOn),
    lastModifiedAt: iso(j.LastModifiedOn),
  };
}

function toRun(r: JobRun): JobRunInfo {
  return {
    id: r.Id ?? '',
    state: r.JobRunState ?? '',
    startedAt: iso(r.StartedOn),
    completedAt: iso(r.CompletedOn),
    executionSeconds: r.ExecutionTime,
    errorMessage: r.ErrorMessage,
    argumentNames: Object.keys(r.Arguments ?? {}),
  };
}

/** Glue reads used by the checks, memoised per run. Every method is a Get call. */
export function createGlueReader({ memo, client: clientOf, target, accountId }: ReaderDeps): GlueReader {
  const client = () => clientOf(glueClient);
  return {
    listDatabases: () =>
      memo('glue:GetDatabases', async () => {
        const databases: DatabaseInfo[] = [];
        for await (const page of paginateGetDatabases({ client: client() }, {})) {
          for (const d of page.DatabaseList ?? []) databases.push({ name: d.Name ?? '', description: d.Description, locationUri: d.LocationUri, createdAt: iso(d.CreateTime) });
        }
        return databases;
      }),

    listTables: (database) =>
      memo(`glue:GetTables:${database}`, async () =>
        (await orUndefinedWhen(['EntityNotFoundException'], async () => {
          const tables: TableInfo[] = [];
          for await (const page of paginateGetTables({ client: client() }, { DatabaseName: database })) tables.push(...(page.TableList ?? []).map((t) => toTable(t, database)));
          return tables;
        })) ?? []),

    listCrawlers: () =>
      memo('glue:GetCrawlers', async () => {
        const crawlers: CrawlerInfo[] = [];
        for await (const page of paginateGetCrawlers({ client: client() }, {})) crawlers.push(...(page.Crawlers ?? []).map(toCrawler));
        return crawlers;
      }),

    tags: (kind, name) =>
      memo(`glue:GetTags:${kind}:${name}`, async () => {
        const arn = `arn:aws:glue:${target.region}:${await accountId()}:${kind}/${name}`;
        return { ...(await client().send(new GetTagsCommand({ ResourceArn: arn }))).Tags };
      }),

    listJobs: () =>
      memo('glue:GetJobs', async () => {
        const jobs: JobInfo[] = [];
        for await (const page of paginateGetJobs({ client: client() }, {})) jobs.push(...(page.Jobs ?? []).map(toJob));
        return jobs;
      }),

    recentJobRuns: (job, max) =>
      memo(`glue:GetJobRuns:${job}:${max}`, async () => {
        const out = await orUndefinedWhen(['EntityNotFoundException'], () => client().send(new GetJobRunsCommand({ JobName: job, MaxResults: max })));
        // Glue answers newest first; sorting again keeps that true whatever the endpoint does.
        return (out?.JobRuns ?? []).map(toRun).sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
      }),
  };
}
