import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { TableInfo } from '../../../../checker/services/glue/types.ts';
import { LESSON_QUERY, PROCESSED_COLUMNS } from '../../../../labs/athena-queries/athena.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeAthena, type QueryFixture, type WorkGroupFixture } from '../../../support/fakes/athena.ts';
import { fakeGlue } from '../../../support/fakes/glue.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const DATA_LAKE = `taxis-datalake-ana-${ACCOUNT}`;
export const RESULTS = `taxis-athena-results-ana-${ACCOUNT}`;
export const WORKGROUP = 'taxis';
export const workGroupArn = (name = WORKGROUP) => `arn:aws:athena:${REGION}:${ACCOUNT}:workgroup/${name}`;

/** The lesson's query as it ran on the sample: a header, then one row per payment type. */
export function lessonQuery(): QueryFixture {
  return {
    query: LESSON_QUERY,
    state: 'SUCCEEDED',
    database: 'taxis',
    dataScannedBytes: 4096,
    outputLocation: `s3://${RESULTS}/lesson.csv`,
    result: { columns: ['payment_type', 'trips', 'avg_fare', 'avg_tip'], rows: [['1', '380', '18.5', '4.12'], ['2', '100', '16.9', '0.0']] },
  };
}

export function processedTable(): TableInfo {
  return {
    name: 'taxi_trips',
    database: 'taxis',
    location: `s3://${DATA_LAKE}/processed/trips/`,
    columns: PROCESSED_COLUMNS.map((c) => ({ ...c })),
    partitionKeys: [],
    serde: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
  };
}

/** An account after the lab's reference solution, with each graded piece at hand for a test to change. */
export interface AthenaAccount {
  workGroup: WorkGroupFixture;
  otherWorkGroups: WorkGroupFixture[];
  buckets: BucketFixture[];
  /** The taxi database (glue-catalog lab) and its tables; none when `database` is undefined. */
  database?: string;
  tables: TableInfo[];
}

export function referenceAccount(): AthenaAccount {
  return {
    workGroup: {
      name: WORKGROUP,
      createdAt: '2026-11-30T10:00:00.000Z',
      enforced: true,
      outputLocation: `s3://${RESULTS}/`,
      encryption: { option: 'SSE_S3' },
      bytesScannedCutoffPerQuery: 1024 ** 3,
      engineVersion: 'Athena engine version 3',
      queries: [lessonQuery()],
    },
    otherWorkGroups: [{ name: 'primary' }],
    buckets: [{ name: DATA_LAKE, createdAt: '2026-11-29T10:00:00.000Z' }, { name: RESULTS, createdAt: '2026-11-30T09:00:00.000Z' }],
    database: 'taxis',
    tables: [
      { name: 'raw', database: 'taxis', location: `s3://${DATA_LAKE}/raw/`, columns: [{ name: 'payment_type', type: 'bigint' }], partitionKeys: [], classification: 'csv', serde: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe' },
      processedTable(),
    ],
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it; the context is returned too. */
export async function runWith(check: CheckDefinition, change: (account: AthenaAccount) => void = () => {}) {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      s3: fakeS3({ buckets: a.buckets }),
      athena: fakeAthena({ accountId: ACCOUNT, region: REGION, workGroups: [a.workGroup, ...a.otherWorkGroups] }),
      glue: fakeGlue({ databases: a.database ? [{ name: a.database, tables: a.tables.map((t) => ({ ...t, database: a.database! })) }] : [] }),
    },
    { region: REGION },
  );
  return { outcome: await check.run(ctx), ctx };
}

export async function run(check: CheckDefinition, change?: (account: AthenaAccount) => void): Promise<Outcome> {
  return (await runWith(check, change)).outcome;
}
