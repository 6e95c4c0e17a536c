/** Plain data the Glue reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface DatabaseInfo {
  name: string;
  description?: string;
  locationUri?: string;
  /** ISO 8601. */
  createdAt?: string;
}

export interface ColumnInfo {
  name: string;
  /** The Hive type the catalog stores: `bigint`, `double`, `string`, `timestamp`, `array<string>`… */
  type: string;
}

export interface TableInfo {
  name: string;
  database: string;
  /** `s3://bucket/prefix/`; undefined for views and tables without storage. */
  location?: string;
  columns: ColumnInfo[];
  partitionKeys: ColumnInfo[];
  /** `csv`, `parquet`, `json`… as a crawler records it in the table's parameters. */
  classification?: string;
  serde?: string;
  /** The crawler that last wrote the table, when a crawler did. */
  updatedByCrawler?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface CrawlerInfo {
  name: string;
  /** As stored: a role name or a role ARN (Glue accepts both). */
  role: string;
  database?: string;
  s3Targets: { path: string; exclusions: string[] }[];
  tablePrefix?: string;
  /** READY, RUNNING or STOPPING. */
  state?: string;
  /** The last finished crawl: SUCCEEDED, CANCELLED or FAILED. */
  lastCrawl?: { status?: string; errorMessage?: string; startedAt?: string };
  createdAt?: string;
}

export interface JobInfo {
  name: string;
  /** As stored: a role name or a role ARN. */
  role: string;
  /** `pythonshell`, `glueetl` (Spark), `gluestreaming` or `glueray`. */
  type: string;
  scriptLocation?: string;
  pythonVersion?: string;
  glueVersion?: string;
  maxCapacity?: number;
  workerType?: string;
  numberOfWorkers?: number;
  timeoutMinutes?: number;
  /** Names only: values can hold secrets and never belong in evidence whole. */
  defaultArgumentNames: string[];
  /** The values, for the few a lab documents (e.g. --BUCKET). */
  defaultArguments: Readonly<Record<string, string>>;
  createdAt?: string;
  lastModifiedAt?: string;
}

export interface JobRunInfo {
  id: string;
  /** STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED, FAILED, TIMEOUT, ERROR, WAITING, EXPIRED. */
  state: string;
  startedAt?: string;
  completedAt?: string;
  executionSeconds?: number;
  errorMessage?: string;
  /** The run's own arguments (StartJobRun's), names only. */
  argumentNames: string[];
}

export interface GlueReader {
  /** Every database of the account's Data Catalog in the region. */
  listDatabases(): Promise<DatabaseInfo[]>;
  /** The tables of one database (an empty list when the database does not exist). */
  listTables(database: string): Promise<TableInfo[]>;
  listCrawlers(): Promise<CrawlerInfo[]>;
  listJobs(): Promise<JobInfo[]>;
  /** The job's most recent runs (at most `max`), newest first. */
  recentJobRuns(job: string, max: number): Promise<JobRunInfo[]>;
  /** A database's or job's tags by key (`kind` as in its ARN); tells the reference solution's by its owner tags. */
  tags(kind: 'database' | 'job', name: string): Promise<Readonly<Record<string, string>>>;
}
