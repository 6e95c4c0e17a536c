import { errorCode } from '../../checker/aws/errors.ts';
import type { CheckContext, GradedResource } from '../../checker/core/types.ts';
import type { TableInfo } from '../../checker/services/glue/types.ts';
import type { AnalysisInfo, DashboardInfo, DataSetInfo, DataSourceInfo, PhysicalTableInfo } from '../../checker/services/quicksight/types.ts';
import { DATA_LAKE_PREFIX, findWorkGroup, isTaxisDatabase, parseS3Uri, PROCESSED_PREFIX, TABLE_NAME } from '../athena-queries/athena.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags } from '../shared/graded.ts';

/**
 * What the bi-dashboard lab grades, and how each piece is found from the previous one: an ATHENA
 * data source over the athena-queries lab's workgroup → a data set whose table is the processed
 * trips (a table of the taxi database, or custom SQL over it) → an analysis built on that data
 * set → a published dashboard built from that analysis → that dashboard shared with a QuickSight
 * user. Names are free (QuickSight ids are the learner's choice); the chain is what counts.
 */

/** What the console's "Viewer" sharing grants on a dashboard: open it, list its versions, query its visuals. */
export const DASHBOARD_READ_ACTIONS = ['quicksight:DescribeDashboard', 'quicksight:ListDashboardVersions', 'quicksight:QueryDashboard'];
/** What AWS answers ("Account … is not subscribed for QuickSight") before anyone opened the subscription. */
export const NOT_SUBSCRIBED = 'UnsupportedUserEditionException';
/** A resource QuickSight finished building (creating or updating) without errors. */
export const isBuilt = (status: string) => status === 'CREATION_SUCCESSFUL' || status === 'UPDATE_SUCCESSFUL';
export const visualCount = (sheets: { visuals: number }[]) => sheets.reduce((sum, s) => sum + s.visuals, 0);

export interface GradedSources {
  /** The account has no QuickSight subscription: AWS answers every call with UnsupportedUserEditionException. */
  notSubscribed: boolean;
  /** The athena-queries lab's workgroup (`taxis` or `taxis-…`); undefined when there is none. */
  workGroup?: string;
  athenaSources: DataSourceInfo[];
  /** ATHENA data sources built over that workgroup. */
  matching: DataSourceInfo[];
}

/** Whether `nubelab deploy` created the resource (it carries the deployment's owner tags). */
export function isReference(ctx: CheckContext, arn: string): Promise<boolean> {
  return ctx.derive(`quicksight:reference:${arn}`, async () => hasOwnerTags(await ctx.quicksight.tags(arn)));
}

/** The grader's choices (`--resource`, `--exclude-reference`) applied to one link of the chain. */
const graderOrder = <T>(ctx: CheckContext, items: readonly T[], of: (item: T) => { id: string; arn: string; name: string }) =>
  applyGraderChoice(ctx, items, (item) => [of(item).id, of(item).arn, of(item).name], (item) => isReference(ctx, of(item).arn));

/** The data sources, or undefined when the account has not subscribed to QuickSight. */
async function listSources(ctx: CheckContext): Promise<DataSourceInfo[] | undefined> {
  try {
    return await ctx.quicksight.dataSources();
  } catch (error) {
    if (errorCode(error) === NOT_SUBSCRIBED) return undefined;
    throw error;
  }
}

export function findSources(ctx: CheckContext): Promise<GradedSources> {
  return ctx.derive('bi-dashboard:sources', async () => {
    const [{ graded }, sources] = await Promise.all([findWorkGroup(ctx), listSources(ctx)]);
    const athenaSources = (sources ?? []).filter((s) => s.type === 'ATHENA');
    const workGroup = graded?.name;
    const built = athenaSources.filter((s) => workGroup !== undefined && s.athenaWorkGroup === workGroup && isBuilt(s.status));
    const matching = await graderOrder(ctx, built, (s) => s);
    return { notSubscribed: sources === undefined, workGroup, athenaSources, matching };
  });
}

/** Tables of the taxi database(s) whose files are the processed trips (`s3://taxis-datalake-…/processed/…`). */
export function processedTables(ctx: CheckContext): Promise<TableInfo[]> {
  return ctx.derive('bi-dashboard:processed-tables', async () => {
    const databases = (await ctx.glue.listDatabases()).filter((d) => isTaxisDatabase(d.name)).slice(0, 10);
    const tables = (await Promise.all(databases.map((d) => ctx.glue.listTables(d.name)))).flat();
    return tables.filter((t) => {
      const target = t.location ? parseS3Uri(t.location) : undefined;
      return !!target && target.bucket.startsWith(DATA_LAKE_PREFIX) && target.prefix.startsWith(PROCESSED_PREFIX);
    });
  });
}

const sqlNames = (sql: string, table: TableInfo) => new RegExp(`(^|[^\\w"])"?(${table.database}"?\\s*\\.\\s*"?)?${table.name}"?($|[^\\w"])`, 'i').test(sql);

/** Which processed-trips table a physical table reads, if any. */
export function readsProcessedTrips(table: PhysicalTableInfo, processed: TableInfo[]): TableInfo | undefined {
  if (table.kind === 'RelationalTable') {
    return processed.find((t) => t.name.toLowerCase() === (table.table ?? '').toLowerCase() && (table.schema === undefined || t.database.toLowerCase() === table.schema.toLowerCase()));
  }
  if (table.kind === 'CustomSql') {
    const sql = (table.sql ?? '').replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
    return processed.find((t) => sqlNames(sql, t));
  }
  return undefined;
}

export interface GradedDataSets {
  sources: GradedSources;
  all: DataSetInfo[];
  /** Data sets with a table that reads the processed trips through a graded data source. */
  matching: { dataSet: DataSetInfo; table: PhysicalTableInfo; reads: TableInfo }[];
  processed: TableInfo[];
}

export function findDataSets(ctx: CheckContext): Promise<GradedDataSets> {
  return ctx.derive('bi-dashboard:data-sets', async () => {
    const [sources, all, processed] = await Promise.all([findSources(ctx), ctx.quicksight.dataSets(), processedTables(ctx)]);
    const sourceArns = new Set(sources.matching.map((s) => s.arn));
    const reading = all.flatMap((dataSet) => dataSet.tables
      .filter((table) => table.dataSourceArn !== undefined && sourceArns.has(table.dataSourceArn))
      .flatMap((table) => {
        const reads = readsProcessedTrips(table, processed);
        return reads ? [{ dataSet, table, reads }] : [];
      })
      .slice(0, 1));
    const matching = await graderOrder(ctx, reading, (m) => m.dataSet);
    return { sources, all, matching, processed };
  });
}

export interface GradedAnalyses {
  dataSetArns: string[];
  all: AnalysisInfo[];
  /** Built without errors, on a graded data set, with at least one visual. */
  matching: AnalysisInfo[];
}

export function findAnalyses(ctx: CheckContext): Promise<GradedAnalyses> {
  return ctx.derive('bi-dashboard:analyses', async () => {
    const [{ matching: sets }, all] = await Promise.all([findDataSets(ctx), ctx.quicksight.analyses()]);
    const dataSetArns = sets.map((m) => m.dataSet.arn);
    const built = all.filter((a) => isBuilt(a.status) && a.dataSetArns.some((arn) => dataSetArns.includes(arn)) && visualCount(a.sheets) > 0);
    const matching = await graderOrder(ctx, built, (a) => a);
    return { dataSetArns, all, matching };
  });
}

/** The analysis a dashboard was built from: the one QuickSight recorded, or the one whose data sets it uses. */
export function builtFrom(dashboard: DashboardInfo, analyses: AnalysisInfo[], dataSetArns: string[]): AnalysisInfo | undefined {
  const version = dashboard.publishedVersion;
  if (!version) return undefined;
  const recorded = analyses.find((a) => a.arn === version.sourceEntityArn);
  if (recorded) return recorded;
  // Published through the API from the analysis's definition: the same data sets, one of them the graded one.
  return analyses.find((a) => version.dataSetArns.length > 0 && version.dataSetArns.every((arn) => a.dataSetArns.includes(arn)) && version.dataSetArns.some((arn) => dataSetArns.includes(arn)));
}

export interface GradedDashboards {
  analyses: GradedAnalyses;
  all: DashboardInfo[];
  /** Published version built without errors, with visuals, from a graded analysis. */
  matching: { dashboard: DashboardInfo; analysis: AnalysisInfo }[];
}

export function findDashboards(ctx: CheckContext): Promise<GradedDashboards> {
  return ctx.derive('bi-dashboard:dashboards', async () => {
    const [analyses, all] = await Promise.all([findAnalyses(ctx), ctx.quicksight.dashboards()]);
    const published = all.flatMap((dashboard) => {
      const version = dashboard.publishedVersion;
      if (!version || !isBuilt(version.status) || visualCount(version.sheets) === 0) return [];
      const analysis = builtFrom(dashboard, analyses.matching, analyses.dataSetArns);
      return analysis ? [{ dashboard, analysis }] : [];
    });
    const matching = await graderOrder(ctx, published, (m) => m.dashboard);
    return { analyses, all, matching };
  });
}

/** The lab's header entry: the dashboard the chain ends in, marked when it is the reference solution. */
export async function gradedDashboard(ctx: CheckContext): Promise<GradedResource[]> {
  const [best, ...rest] = (await findDashboards(ctx)).matching;
  const graded = best && { name: best.dashboard.id, others: rest.map((m) => m.dashboard.id) };
  return gradedEntry({ es: 'panel', en: 'dashboard' }, graded, () => isReference(ctx, best!.dashboard.arn));
}

export const summaryOfSource = (s: DataSourceInfo) => ({ id: s.id, type: s.type, status: s.status, workGroup: s.athenaWorkGroup ?? null });
export const summaryOfTable = (t: PhysicalTableInfo) => ({
  kind: t.kind, dataSourceArn: t.dataSourceArn ?? null,
  ...(t.kind === 'RelationalTable' ? { schema: t.schema ?? null, table: t.table ?? null } : {}),
  ...(t.kind === 'CustomSql' ? { sql: (t.sql ?? '').slice(0, 300) } : {}),
});
export const summaryOfAnalysis = (a: AnalysisInfo) => ({ id: a.id, status: a.status, dataSetArns: a.dataSetArns, visuals: visualCount(a.sheets), errors: a.errors });
export const summaryOfDashboard = (d: DashboardInfo) => ({
  id: d.id, publishedVersion: d.publishedVersion?.number ?? null, status: d.publishedVersion?.status ?? null,
  dataSetArns: d.publishedVersion?.dataSetArns ?? [], sourceEntityArn: d.publishedVersion?.sourceEntityArn ?? null, visuals: visualCount(d.publishedVersion?.sheets ?? []),
});
export { TABLE_NAME };
