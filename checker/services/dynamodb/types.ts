/** Plain data the DynamoDB reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface KeyPart {
  name: string;
  /** `HASH` (partition key) or `RANGE` (sort key). */
  keyType: string;
}

export interface SecondaryIndexInfo {
  name: string;
  keys: KeyPart[];
  /** `ALL`, `KEYS_ONLY` or `INCLUDE`. */
  projectionType: string;
  /** For `INCLUDE`: the extra attributes projected. */
  nonKeyAttributes: string[];
  /** `CREATING`, `ACTIVE`, `UPDATING`, `DELETING`. */
  status: string;
}

export interface TableInfo {
  name: string;
  arn: string;
  /** `CREATING`, `ACTIVE`, `UPDATING`… */
  status: string;
  keys: KeyPart[];
  /** Types of the attributes used in some key: `S`, `N` or `B`, by attribute name. */
  attributeTypes: Readonly<Record<string, string>>;
  /** `PAY_PER_REQUEST` (on-demand) or `PROVISIONED` (DynamoDB's default when none is given). */
  billingMode: string;
  globalIndexes: SecondaryIndexInfo[];
  deletionProtection: boolean;
  /** ISO 8601. */
  createdAt?: string;
}

export interface ContinuousBackupsInfo {
  /** Point-in-time recovery: `ENABLED` or `DISABLED`. */
  pitrStatus: string;
  /** The recovery window in days (1–35); DynamoDB reports it only when PITR is on. */
  recoveryPeriodDays?: number;
}

export interface DynamodbReader {
  /** Names of every table in the region. */
  listTables(): Promise<string[]>;
  /** The table's description; undefined when it does not exist (e.g. deleted after being listed). */
  describeTable(name: string): Promise<TableInfo | undefined>;
  /** The table's point-in-time recovery settings; undefined when the table does not exist. */
  continuousBackups(name: string): Promise<ContinuousBackupsInfo | undefined>;
  /** The table's tags by key; tells the reference solution's table by its owner tags. */
  tableTags(arn: string): Promise<Readonly<Record<string, string>>>;
}
