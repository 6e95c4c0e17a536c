import {
  RegisterUserCommand,
  UpdateAnalysisCommand,
  UpdateDashboardCommand,
  UpdateDashboardPermissionsCommand,
  UpdateDashboardPublishedVersionCommand,
  UpdateDataSetCommand,
  UpdateDataSourceCommand,
  type DataSetImportMode,
} from '@aws-sdk/client-quicksight';
import { describe, expect, it } from 'vitest';
import { quickSightClient } from '../../checker/services/quicksight/reader.ts';
import { TRIPS_COLUMNS } from '../../infra/lib/bi-dashboard-stack.ts';
import lab from '../../labs/bi-dashboard/lab.ts';
import { DASHBOARD_READ_ACTIONS } from '../../labs/bi-dashboard/bi.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, type MutantContext, withDeployClients } from '../support/lab-contract.ts';

const emulator = useEmulator();
/** The reference's ids for learner `student` (infra/lib/bi-dashboard-stack.ts, labs/bi-dashboard/setup.ts). */
const SOURCE = 'taxis-athena-student';
const DATA_SET = 'taxi-trips-student';
const ANALYSIS = 'taxi-fares-student';
const DASHBOARD = 'taxi-fares-student';
const VIEWER = 'taxis-viewer-student';
const DATABASE = 'taxis_student';

const qsArn = (ctx: { account: string; region: string }, kind: string, id: string) => `arn:aws:quicksight:${ctx.region}:${ctx.account}:${kind}/${id}`;
const inputColumns = TRIPS_COLUMNS.map((c) => ({ Name: c.name, Type: c.type as 'INTEGER' }));

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
    DataSetIdentifierDeclarations: [{ Identifier: 'trips', DataSetArn: qsArn(ctx, 'dataset', DATA_SET) }],
    Sheets: [{ SheetId: 'fares', Name: 'Fares', Visuals: Array.from({ length: visuals }, (_, i) => chart(i)) }],
  };
}

function replaceDataSetTable(ctx: MutantContext, table: object, ImportMode: DataSetImportMode = 'DIRECT_QUERY') {
  return ctx.clients.get(quickSightClient).send(new UpdateDataSetCommand({
    AwsAccountId: ctx.account, DataSetId: DATA_SET, Name: 'Taxi trips', ImportMode, PhysicalTableMap: { trips: table as never },
  }));
}

describeLabContract('bi-dashboard', emulator, {
  mutants: {
    quicksight_datasource_athena: {
      name: "the data source queries the account's primary workgroup",
      apply: (ctx) => ctx.clients.get(quickSightClient).send(new UpdateDataSourceCommand({
        AwsAccountId: ctx.account, DataSourceId: SOURCE, Name: 'Taxis via Athena', DataSourceParameters: { AthenaParameters: { WorkGroup: 'primary' } },
      })),
    },
    quicksight_dataset_trips: {
      name: 'the data set reads a table that is not the processed trips',
      apply: (ctx) => replaceDataSetTable(ctx, { RelationalTable: { DataSourceArn: qsArn(ctx, 'datasource', SOURCE), Schema: DATABASE, Name: 'taxi_zones', InputColumns: inputColumns } }),
    },
    quicksight_analysis_trips: {
      name: 'the analysis loses its only visual',
      apply: (ctx) => ctx.clients.get(quickSightClient).send(new UpdateAnalysisCommand({ AwsAccountId: ctx.account, AnalysisId: ANALYSIS, Name: 'Taxi fares', Definition: definition(ctx, 0) })),
    },
    quicksight_dashboard_published: {
      name: 'a version without visuals is published',
      apply: async (ctx) => {
        const qs = ctx.clients.get(quickSightClient);
        const { VersionArn } = await qs.send(new UpdateDashboardCommand({ AwsAccountId: ctx.account, DashboardId: DASHBOARD, Name: 'Taxi fares', Definition: definition(ctx, 0) }));
        await qs.send(new UpdateDashboardPublishedVersionCommand({ AwsAccountId: ctx.account, DashboardId: DASHBOARD, VersionNumber: Number(VersionArn!.split('/').pop()) }));
      },
    },
    quicksight_dashboard_shared: {
      name: "the viewer's share is revoked",
      apply: (ctx) => ctx.clients.get(quickSightClient).send(new UpdateDashboardPermissionsCommand({
        AwsAccountId: ctx.account, DashboardId: DASHBOARD, RevokePermissions: [{ Principal: qsArn(ctx, 'user', `default/${VIEWER}`), Actions: DASHBOARD_READ_ACTIONS }],
      })),
    },
  },
});

describe('bi-dashboard: other valid solutions', () => {
  it('a custom SQL data set imported into SPICE, and the dashboard shared with an admin who owns it, pass every check', async () => {
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const ctx: MutantContext = { clients, account: '123456789012', region: emulator.target().region, learner: 'student' };
      const qs = clients.get(quickSightClient);
      await replaceDataSetTable(ctx, {
        CustomSql: { DataSourceArn: qsArn(ctx, 'datasource', SOURCE), Name: 'fares', SqlQuery: `SELECT payment_type, fare_amount FROM ${DATABASE}.taxi_trips WHERE fare_amount > 0`, Columns: inputColumns.slice(0, 4) },
      }, 'SPICE');
      const { User } = await qs.send(new RegisterUserCommand({ AwsAccountId: ctx.account, Namespace: 'default', UserName: 'ana', IdentityType: 'QUICKSIGHT', UserRole: 'ADMIN', Email: 'ana@example.com' }));
      await qs.send(new UpdateDashboardPermissionsCommand({
        AwsAccountId: ctx.account, DashboardId: DASHBOARD,
        RevokePermissions: [{ Principal: qsArn(ctx, 'user', `default/${VIEWER}`), Actions: DASHBOARD_READ_ACTIONS }],
        GrantPermissions: [{ Principal: User!.Arn!, Actions: [...DASHBOARD_READ_ACTIONS, 'quicksight:UpdateDashboard', 'quicksight:DeleteDashboard', 'quicksight:UpdateDashboardPermissions'] }],
      }));
    });
    expect(await statusesOf(lab, emulator)).toEqual(Object.fromEntries(lab.checks.map((c) => [c.id, 'pass'])));
  });
});
