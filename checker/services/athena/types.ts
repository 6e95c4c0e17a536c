/** Plain data the Athena reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface WorkGroupSummary {
  name: string;
  state: string;
  /** ISO 8601. */
  createdAt?: string;
}

export interface ResultEncryption {
  /** SSE_S3, SSE_KMS or CSE_KMS. */
  option: string;
  kmsKey?: string;
}

export interface WorkGroupInfo {
  name: string;
  arn: string;
  /** ENABLED or DISABLED: a disabled workgroup runs no query. */
  state: string;
  /** Override client-side settings: the workgroup's output location and encryption win over the client's. */
  enforced: boolean;
  /** `s3://bucket/prefix/`; undefined when queries must bring their own (or results are managed by Athena). */
  outputLocation?: string;
  encryption?: ResultEncryption;
  /** Athena managed query results: no bucket of the learner's holds them. */
  managedResults: boolean;
  bytesScannedCutoffPerQuery?: number;
  engineVersion?: string;
}

export interface QueryExecutionInfo {
  id: string;
  query: string;
  workGroup?: string;
  /** The database the query ran in (its QueryExecutionContext), e.g. `taxis`. */
  database?: string;
  /** DML (SELECT, INSERT…), DDL (CREATE…, CTAS) or UTILITY (SHOW, DESCRIBE…). */
  statementType?: string;
  /** QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED. */
  state: string;
  /** Why it failed, in Athena's words (`COLUMN_NOT_FOUND: line 1:8: …`). */
  stateChangeReason?: string;
  /** ISO 8601. */
  submittedAt?: string;
  dataScannedBytes?: number;
  engineMs?: number;
  /** Where the result file is (`s3://…/<id>.csv`). */
  outputLocation?: string;
}

/** The first page of a query's results: its column names and data rows (the header row is not counted). */
export interface ResultPreview {
  columns: string[];
  rows: (string | null)[][];
  /** True when the results go on beyond this page. */
  more: boolean;
}

export interface AthenaReader {
  /** Every workgroup of the region, with its state. */
  listWorkGroups(): Promise<WorkGroupSummary[]>;
  /** One workgroup's configuration; undefined when it does not exist. */
  workGroup(name: string): Promise<WorkGroupInfo | undefined>;
  /**
   * The newest query executions of a workgroup (Athena keeps 45 days of history), at most
   * `limit`, newest first.
   */
  recentQueries(workGroup: string, limit: number): Promise<QueryExecutionInfo[]>;
  /** The first page of a finished query's results; undefined when Athena cannot give them (failed, expired, no access). */
  resultPreview(queryExecutionId: string, maxRows: number): Promise<ResultPreview | undefined>;
  /** A workgroup's tags by key; tells the reference solution's by its owner tags. */
  workGroupTags(name: string): Promise<Readonly<Record<string, string>>>;
}
