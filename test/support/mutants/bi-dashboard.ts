import {
  DescribeUserCommand, UpdateAnalysisCommand, UpdateDashboardCommand, UpdateDashboardPermissionsCommand, UpdateDashboardPublishedVersionCommand,
  UpdateDataSetCommand, UpdateDataSourceCommand, type DataSetImportMode,
} from '@aws-sdk/client-quicksight';
import { NAMESPACE, quickSightClient } from '../../../checker/services/quicksight/reader.ts';
import { TRIPS_COLUMNS } from '../../../infra/lib/bi-dashboard-stack.ts';
import { DASHBOARD_READ_ACTIONS } from '../../../labs/bi-dashboard/bi.ts';
import { VIEWER_PREFIX } from '../../../labs/bi-dashboard/setup.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the bi-dashboard lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every id comes from the account and learner given, as
 * infra/lib/bi-dashboard-stack.ts and labs/bi-dashboard/setup.ts name them.
 */
export const biIds = (learner: string) => ({
  source: `taxis-athena-${learner}`,
  dataSet: `taxi-trips-${learner}`,
  analysis: `taxi-fares-${learner}`,
  dashboard: `taxi-fares-${learner}`,
  viewer: `${VIEWER_PREFIX}${learner}`,
  database: `taxis_${learner.replace(/-/g, '_')}`,
});

export const qsArn = (ctx: { account: string; region: string }, kind: string, id: string) => `arn:aws:quicksight:${ctx.region}:${ctx.account}:${kind}/${id}`;
export const inputColumns = TRIPS_COLUMNS.map((c) => ({ Name: c.name, Type: c.type as 'INTEGER' }));

/** A definition over the reference data set: one sheet with `visuals` bar charts of the average fare. */
function definition(ctx: MutantContext, visuals: number) {
  const column = (ColumnName: string) => ({ DataSetIdentifier: 'trips', ColumnName });
  const chart = (i: number) => ({
    BarChartVisual: {
      VisualId: `chart-${i}`,
      ChartConfiguration: { FieldWells: { BarChartAggregatedFieldWells: {
        Category: [{ NumericalDimensionField: { FieldId: `payment-${i}`, Column: column('payment_type') } }],
        Values: [{ NumericalMeasureField: { FieldId: `fare-${i}`, Column: column('fare_amount'), AggregationFunction: { SimpleNumericalAggregation: 'AVERAGE' as const } } }],
      } } },
    },
  });
  return {
    DataSetIdentifierDeclarations: [{ Identifier: 'trips', DataSetArn: qsArn(ctx, 'dataset', biIds(ctx.learner).dataSet) }],
    Sheets: [{ SheetId: 'fares', Name: 'Fares', Visuals: Array.from({ length: visuals }, (_, i) => chart(i)) }],
  };
}

export function replaceDataSetTable(ctx: MutantContext, table: object, ImportMode: DataSetImportMode = 'DIRECT_QUERY') {
  return ctx.clients.get(quickSightClient).send(new UpdateDataSetCommand({
    AwsAccountId: ctx.account, DataSetId: biIds(ctx.learner).dataSet, Name: 'Taxi trips', ImportMode, PhysicalTableMap: { trips: table as never },
  }));
}

/** The viewer's ARN as the engine reports it (the setup shared the dashboard with that ARN). */
export async function viewerArn(ctx: MutantContext): Promise<string> {
  const { User } = await ctx.clients.get(quickSightClient).send(new DescribeUserCommand({ AwsAccountId: ctx.account, Namespace: NAMESPACE, UserName: biIds(ctx.learner).viewer }));
  if (!User?.Arn) throw new Error(`QuickSight returned no ARN for user ${biIds(ctx.learner).viewer}`);
  return User.Arn;
}

export const biDashboardMutants: Record<string, Mutant> = {
  quicksight_datasource_athena: {
    name: "the data source queries the account's primary workgroup",
    apply: (ctx) => ctx.clients.get(quickSightClient).send(new UpdateDataSourceCommand({
      AwsAccountId: ctx.account, DataSourceId: biIds(ctx.learner).source, Name: 'Taxis via Athena', DataSourceParameters: { AthenaParameters: { WorkGroup: 'primary' } },
    })),
  },
  quicksight_dataset_trips: {
    name: 'the data set reads a table that is not the processed trips',
    apply: (ctx) => {
      const ids = biIds(ctx.learner);
      return replaceDataSetTable(ctx, { RelationalTable: { DataSourceArn: qsArn(ctx, 'datasource', ids.source), Schema: ids.database, Name: 'taxi_zones', InputColumns: inputColumns } });
    },
  },
  quicksight_analysis_trips: {
    name: 'the analysis loses its only visual',
    apply: (ctx) => ctx.clients.get(quickSightClient).send(new UpdateAnalysisCommand({ AwsAccountId: ctx.account, AnalysisId: biIds(ctx.learner).analysis, Name: 'Taxi fares', Definition: definition(ctx, 0) })),
  },
  quicksight_dashboard_published: {
    name: 'a version without visuals is published',
    apply: async (ctx) => {
      const qs = ctx.clients.get(quickSightClient);
      const DashboardId = biIds(ctx.learner).dashboard;
      const { VersionArn } = await qs.send(new UpdateDashboardCommand({ AwsAccountId: ctx.account, DashboardId, Name: 'Taxi fares', Definition: definition(ctx, 0) }));
      await qs.send(new UpdateDashboardPublishedVersionCommand({ AwsAccountId: ctx.account, DashboardId, VersionNumber: Number(VersionArn!.split('/').pop()) }));
    },
  },
  quicksight_dashboard_shared: {
    name: "the viewer's share is revoked",
    apply: async (ctx) => ctx.clients.get(quickSightClient).send(new UpdateDashboardPermissionsCommand({
      AwsAccountId: ctx.account, DashboardId: biIds(ctx.learner).dashboard, RevokePermissions: [{ Principal: await viewerArn(ctx), Actions: DASHBOARD_READ_ACTIONS }],
    })),
  },
};
