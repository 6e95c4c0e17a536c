import {
  DescribeAnalysisDefinitionCommand,
  DescribeDashboardCommand,
  DescribeDashboardDefinitionCommand,
  DescribeDashboardPermissionsCommand,
  DescribeDataSetCommand,
  ListAnalysesCommand,
  ListDashboardsCommand,
  ListDataSetsCommand,
  ListDataSourcesCommand,
  ListTagsForResourceCommand,
  ListUsersCommand,
  QuickSightClient,
  type DataSetIdentifierDeclaration,
  type PhysicalTable,
  type SheetDefinition,
} from '@aws-sdk/client-quicksight';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { AnalysisInfo, DashboardInfo, DataSetInfo, PhysicalTableInfo, QuickSightReader, SheetInfo } from './types.ts';

export const quickSightClient = defineClient('QuickSight', (config) => new QuickSightClient(config));

/** Users live in a namespace; accounts without identity-center namespaces use `default`. */
export const NAMESPACE = 'default';
/** Describing more than this many items of one kind would make a check run slow and costly. */
const MAX_DESCRIBED = 50;
const NOT_FOUND = ['ResourceNotFoundException'];

/** Follows NextToken until the list ends or `limit` items are in. */
async function listAll<T>(limit: number, page: (token: string | undefined) => Promise<{ items: T[] | undefined; next: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const out = await page(token);
    items.push(...(out.items ?? []));
    token = out.next;
  } while (token && items.length < limit);
  return items.slice(0, limit);
}

function toTable(key: string, t: PhysicalTable): PhysicalTableInfo {
  if (t.RelationalTable) {
    const r = t.RelationalTable;
    return { key, kind: 'RelationalTable', dataSourceArn: r.DataSourceArn, catalog: r.Catalog, schema: r.Schema, table: r.Name };
  }
  if (t.CustomSql) return { key, kind: 'CustomSql', dataSourceArn: t.CustomSql.DataSourceArn, sql: t.CustomSql.SqlQuery };
  if (t.S3Source) return { key, kind: 'S3Source', dataSourceArn: t.S3Source.DataSourceArn };
  return { key, kind: 'Other' };
}

const toSheets = (sheets: SheetDefinition[] | undefined): SheetInfo[] =>
  (sheets ?? []).map((s) => ({ id: s.SheetId ?? '', name: s.Name, visuals: (s.Visuals ?? []).length }));

const declaredArns = (declarations: DataSetIdentifierDeclaration[] | undefined) => (declarations ?? []).map((d) => d.DataSetArn ?? '').filter(Boolean);

const errorsOf = (errors: { Type?: string; Message?: string }[] | undefined) => (errors ?? []).map((e) => `${e.Type ?? 'ERROR'}: ${e.Message ?? ''}`);

export function createQuickSightReader({ memo, client: clientOf, accountId }: ReaderDeps): QuickSightReader {
  const client = () => clientOf(quickSightClient);

  const dataSet = async (AwsAccountId: string, DataSetId: string): Promise<DataSetInfo | undefined> => {
    const out = await orUndefinedWhen(NOT_FOUND, () => client().send(new DescribeDataSetCommand({ AwsAccountId, DataSetId })));
    const d = out?.DataSet;
    if (!d) return undefined;
    return {
      id: d.DataSetId ?? DataSetId, arn: d.Arn ?? '', name: d.Name ?? '', importMode: d.ImportMode ?? '',
      tables: Object.entries(d.PhysicalTableMap ?? {}).map(([key, table]) => toTable(key, table)),
    };
  };

  const analysis = async (AwsAccountId: string, summary: { AnalysisId?: string; Arn?: string; Name?: string; Status?: string }): Promise<AnalysisInfo | undefined> => {
    const AnalysisId = summary.AnalysisId ?? '';
    const out = await orUndefinedWhen(NOT_FOUND, () => client().send(new DescribeAnalysisDefinitionCommand({ AwsAccountId, AnalysisId })));
    if (!out) return undefined;
    return {
      id: AnalysisId, arn: summary.Arn ?? '', name: out.Name ?? summary.Name ?? '', status: out.ResourceStatus ?? summary.Status ?? '',
      dataSetArns: declaredArns(out.Definition?.DataSetIdentifierDeclarations), sheets: toSheets(out.Definition?.Sheets), errors: errorsOf(out.Errors),
    };
  };

  const dashboard = async (AwsAccountId: string, DashboardId: string): Promise<DashboardInfo | undefined> => {
    const out = await orUndefinedWhen(NOT_FOUND, () => client().send(new DescribeDashboardCommand({ AwsAccountId, DashboardId })));
    const d = out?.Dashboard;
    if (!d) return undefined;
    const version = d.Version;
    // DescribeDashboard without a version number answers the published version; its definition holds the visuals.
    const definition = version && (await orUndefinedWhen(NOT_FOUND, () =>
      client().send(new DescribeDashboardDefinitionCommand({ AwsAccountId, DashboardId, VersionNumber: version.VersionNumber }))));
    return {
      id: DashboardId, arn: d.Arn ?? '', name: d.Name ?? '',
      publishedVersion: version && {
        number: version.VersionNumber ?? 0, status: version.Status ?? '', dataSetArns: version.DataSetArns ?? [],
        sourceEntityArn: version.SourceEntityArn, sheets: toSheets(definition?.Definition?.Sheets), errors: errorsOf(version.Errors),
      },
    };
  };

  return {
    dataSources: () =>
      memo('quicksight:ListDataSources', async () => {
        const AwsAccountId = await accountId();
        const sources = await listAll(1000, async (NextToken) => {
          const out = await client().send(new ListDataSourcesCommand({ AwsAccountId, NextToken }));
          return { items: out.DataSources, next: out.NextToken };
        });
        return sources.map((s) => ({
          id: s.DataSourceId ?? '', arn: s.Arn ?? '', name: s.Name ?? '', type: s.Type ?? '', status: s.Status ?? '',
          athenaWorkGroup: s.DataSourceParameters?.AthenaParameters?.WorkGroup,
        }));
      }),

    dataSets: () =>
      memo('quicksight:DataSets', async () => {
        const AwsAccountId = await accountId();
        const summaries = await listAll(MAX_DESCRIBED, async (NextToken) => {
          const out = await client().send(new ListDataSetsCommand({ AwsAccountId, NextToken }));
          return { items: out.DataSetSummaries, next: out.NextToken };
        });
        const described = await Promise.all(summaries.map((s) => dataSet(AwsAccountId, s.DataSetId ?? '')));
        return described.filter((d): d is DataSetInfo => d !== undefined);
      }),

    analyses: () =>
      memo('quicksight:Analyses', async () => {
        const AwsAccountId = await accountId();
        const summaries = await listAll(MAX_DESCRIBED, async (NextToken) => {
          const out = await client().send(new ListAnalysesCommand({ AwsAccountId, NextToken }));
          return { items: out.AnalysisSummaryList, next: out.NextToken };
        });
        // A deleted analysis waits out its recovery window with status DELETED: it is not the learner's work any more.
        const live = summaries.filter((s) => s.Status !== 'DELETED');
        const described = await Promise.all(live.map((s) => analysis(AwsAccountId, s)));
        return described.filter((a): a is AnalysisInfo => a !== undefined);
      }),

    dashboards: () =>
      memo('quicksight:Dashboards', async () => {
        const AwsAccountId = await accountId();
        const summaries = await listAll(MAX_DESCRIBED, async (NextToken) => {
          const out = await client().send(new ListDashboardsCommand({ AwsAccountId, NextToken }));
          return { items: out.DashboardSummaryList, next: out.NextToken };
        });
        const described = await Promise.all(summaries.map((s) => dashboard(AwsAccountId, s.DashboardId ?? '')));
        return described.filter((d): d is DashboardInfo => d !== undefined);
      }),

    dashboardPermissions: (DashboardId) =>
      memo(`quicksight:DescribeDashboardPermissions:${DashboardId}`, async () => {
        const AwsAccountId = await accountId();
        const out = await orUndefinedWhen(NOT_FOUND, () => client().send(new DescribeDashboardPermissionsCommand({ AwsAccountId, DashboardId })));
        return (out?.Permissions ?? []).map((p) => ({ principal: p.Principal ?? '', actions: p.Actions ?? [] }));
      }),

    users: () =>
      memo('quicksight:ListUsers', async () => {
        const AwsAccountId = await accountId();
        const users = await listAll(1000, async (NextToken) => {
          const out = await client().send(new ListUsersCommand({ AwsAccountId, Namespace: NAMESPACE, NextToken }));
          return { items: out.UserList, next: out.NextToken };
        });
        return users.map((u) => ({ userName: u.UserName ?? '', arn: u.Arn ?? '', role: u.Role }));
      }),

    tags: (ResourceArn) =>
      memo(`quicksight:ListTagsForResource:${ResourceArn}`, async () => {
        const out = await orUndefinedWhen(NOT_FOUND, () => client().send(new ListTagsForResourceCommand({ ResourceArn })));
        return Object.fromEntries((out?.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
      }),
  };
}
