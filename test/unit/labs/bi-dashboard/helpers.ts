import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { TableInfo } from '../../../../checker/services/glue/types.ts';
import type { AnalysisInfo, DataSetInfo, DataSourceInfo, QuickSightUserInfo } from '../../../../checker/services/quicksight/types.ts';
import { PROCESSED_COLUMNS } from '../../../../labs/athena-queries/athena.ts';
import { DASHBOARD_READ_ACTIONS } from '../../../../labs/bi-dashboard/bi.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeAthena, type WorkGroupFixture } from '../../../support/fakes/athena.ts';
import { fakeGlue } from '../../../support/fakes/glue.ts';
import { fakeQuickSight, type DashboardFixture } from '../../../support/fakes/quicksight.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
const DATA_LAKE = `taxis-datalake-ana-${ACCOUNT}`;
export const qsArn = (kind: string, id: string) => `arn:aws:quicksight:${REGION}:${ACCOUNT}:${kind}/${id}`;
export const SOURCE_ARN = qsArn('datasource', 'taxis-athena');
export const DATA_SET_ARN = qsArn('dataset', 'taxi-trips');
export const ANALYSIS_ARN = qsArn('analysis', 'taxi-fares');
export const DASHBOARD_ARN = qsArn('dashboard', 'taxi-fares');
export const VIEWER_ARN = qsArn('user', 'default/ana-viewer');

const sheet = (visuals = 1) => [{ id: 'fares', name: 'Fares', visuals }];

/** An account after the lab's CLI steps, with each piece at hand for a test to change. */
export interface BiAccount {
  workGroups: WorkGroupFixture[];
  tables: TableInfo[];
  dataSources: DataSourceInfo[];
  dataSets: DataSetInfo[];
  analyses: AnalysisInfo[];
  dashboards: DashboardFixture[];
  users: QuickSightUserInfo[];
}

export function referenceAccount(): BiAccount {
  return {
    workGroups: [{ name: 'taxis', enforced: true }, { name: 'primary' }],
    tables: [
      { name: 'raw', database: 'taxis', location: `s3://${DATA_LAKE}/raw/`, columns: [], partitionKeys: [] },
      { name: 'taxi_trips', database: 'taxis', location: `s3://${DATA_LAKE}/processed/trips/`, columns: PROCESSED_COLUMNS.map((c) => ({ ...c })), partitionKeys: [] },
    ],
    dataSources: [{ id: 'taxis-athena', arn: SOURCE_ARN, name: 'Taxis (Athena)', type: 'ATHENA', status: 'CREATION_SUCCESSFUL', athenaWorkGroup: 'taxis' }],
    dataSets: [{
      id: 'taxi-trips', arn: DATA_SET_ARN, name: 'Taxi trips', importMode: 'DIRECT_QUERY',
      tables: [{ key: 'trips', kind: 'RelationalTable', dataSourceArn: SOURCE_ARN, catalog: 'AwsDataCatalog', schema: 'taxis', table: 'taxi_trips' }],
    }],
    analyses: [{ id: 'taxi-fares', arn: ANALYSIS_ARN, name: 'Taxi fares', status: 'CREATION_SUCCESSFUL', dataSetArns: [DATA_SET_ARN], sheets: sheet(), errors: [] }],
    dashboards: [{
      id: 'taxi-fares', arn: DASHBOARD_ARN, name: 'Taxi fares',
      publishedVersion: { number: 1, status: 'CREATION_SUCCESSFUL', dataSetArns: [DATA_SET_ARN], sheets: sheet(), errors: [] },
      permissions: [{ principal: VIEWER_ARN, actions: [...DASHBOARD_READ_ACTIONS] }],
    }],
    users: [{ userName: 'ana-viewer', arn: VIEWER_ARN, role: 'READER' }],
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it; the context is returned too. */
export async function runWith(check: CheckDefinition, change: (account: BiAccount) => void = () => {}, failures?: Record<string, unknown>) {
  const a = referenceAccount();
  change(a);
  const databases = [...new Set(a.tables.map((t) => t.database))].map((name) => ({ name, tables: a.tables.filter((t) => t.database === name) }));
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      athena: fakeAthena({ accountId: ACCOUNT, region: REGION, workGroups: a.workGroups }),
      glue: fakeGlue({ databases }),
      quicksight: fakeQuickSight({ dataSources: a.dataSources, dataSets: a.dataSets, analyses: a.analyses, dashboards: a.dashboards, users: a.users }),
    },
    { region: REGION, failures },
  );
  return { outcome: await check.run(ctx), ctx };
}

export async function run(check: CheckDefinition, change?: (account: BiAccount) => void): Promise<Outcome> {
  return (await runWith(check, change)).outcome;
}
