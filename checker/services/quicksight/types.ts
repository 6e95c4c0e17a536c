/** Plain data the QuickSight reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface DataSourceInfo {
  id: string;
  arn: string;
  name: string;
  /** ATHENA, S3, REDSHIFT… */
  type: string;
  /** CREATION_SUCCESSFUL, UPDATE_SUCCESSFUL, CREATION_FAILED… */
  status: string;
  /** For an ATHENA data source: the workgroup its queries run in. */
  athenaWorkGroup?: string;
}

/** One table a data set reads: a table of the data source's catalog, or a custom SQL query. */
export interface PhysicalTableInfo {
  /** The table's key in the data set's PhysicalTableMap. */
  key: string;
  kind: 'RelationalTable' | 'CustomSql' | 'S3Source' | 'Other';
  dataSourceArn?: string;
  /** RelationalTable: the catalog, schema (Athena: the Glue database) and table name. */
  catalog?: string;
  schema?: string;
  table?: string;
  /** CustomSql: the query. */
  sql?: string;
}

export interface DataSetInfo {
  id: string;
  arn: string;
  name: string;
  /** SPICE (imported) or DIRECT_QUERY. */
  importMode: string;
  tables: PhysicalTableInfo[];
}

export interface SheetInfo {
  id: string;
  name?: string;
  /** How many visuals the sheet holds. */
  visuals: number;
}

export interface AnalysisInfo {
  id: string;
  arn: string;
  name: string;
  /** CREATION_SUCCESSFUL, UPDATE_SUCCESSFUL, CREATION_FAILED… (deleted analyses are not returned). */
  status: string;
  /** The data sets its definition declares. */
  dataSetArns: string[];
  sheets: SheetInfo[];
  /** AWS's errors for the definition, as `TYPE: message`. */
  errors: string[];
}

export interface DashboardInfo {
  id: string;
  arn: string;
  name: string;
  /** The version readers see; undefined when nothing is published. */
  publishedVersion?: {
    number: number;
    status: string;
    dataSetArns: string[];
    /** The analysis (or template) it was published from, when QuickSight recorded one. */
    sourceEntityArn?: string;
    sheets: SheetInfo[];
    errors: string[];
  };
}

export interface PermissionInfo {
  principal: string;
  actions: string[];
}

export interface QuickSightUserInfo {
  userName: string;
  arn: string;
  /** READER, AUTHOR, ADMIN… */
  role?: string;
}

export interface QuickSightReader {
  /** Every data source of the account in this region. */
  dataSources(): Promise<DataSourceInfo[]>;
  /** Every data set, described (its tables). */
  dataSets(): Promise<DataSetInfo[]>;
  /** Every analysis that is not deleted, with its definition's data sets and sheets. */
  analyses(): Promise<AnalysisInfo[]>;
  /** Every dashboard, with its published version. */
  dashboards(): Promise<DashboardInfo[]>;
  /** Who may open a dashboard and do what. */
  dashboardPermissions(dashboardId: string): Promise<PermissionInfo[]>;
  /** The QuickSight users of the default namespace. */
  users(): Promise<QuickSightUserInfo[]>;
  /** A resource's tags by key; tells the reference solution's by its owner tags. Empty when it is gone. */
  tags(arn: string): Promise<Record<string, string>>;
}
