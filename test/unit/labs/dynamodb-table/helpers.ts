import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { SecondaryIndexInfo } from '../../../../checker/services/dynamodb/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeDynamodb, type TableFixture } from '../../../support/fakes/dynamodb.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const TABLE = 'taxi-trips';
export const tableArn = (name = TABLE) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;

/** The lesson's index: drop-off zone and trip key, every attribute projected. */
export function lessonIndex(): SecondaryIndexInfo {
  return {
    name: 'by-dropoff-zone',
    keys: [{ name: 'dropoff_zone', keyType: 'HASH' }, { name: 'trip_key', keyType: 'RANGE' }],
    projectionType: 'ALL',
    nonKeyAttributes: [],
    status: 'ACTIVE',
  };
}

/** The table as the lesson builds it: keys, on-demand, the index, PITR and deletion protection. */
export function lessonTable(name = TABLE): TableFixture {
  return {
    name,
    status: 'ACTIVE',
    keys: [{ name: 'pickup_zone', keyType: 'HASH' }, { name: 'trip_key', keyType: 'RANGE' }],
    attributeTypes: { pickup_zone: 'N', trip_key: 'S', dropoff_zone: 'N' },
    billingMode: 'PAY_PER_REQUEST',
    globalIndexes: [lessonIndex()],
    deletionProtection: true,
    backups: { pitrStatus: 'ENABLED', recoveryPeriodDays: 35 },
    createdAt: '2026-11-30T10:00:00.000Z',
  };
}

/** An account after the lesson, with the graded table at hand for a test to change. */
export interface TripsAccount {
  table: TableFixture;
  otherTables: TableFixture[];
}

/** Runs a check on the lesson's account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: TripsAccount) => void = () => {}): Promise<Outcome> {
  const a: TripsAccount = { table: lessonTable(), otherTables: [] };
  change(a);
  const ctx = fakeContext(
    { account: { id: async () => ACCOUNT }, dynamodb: fakeDynamodb({ accountId: ACCOUNT, region: REGION, tables: [a.table, ...a.otherTables] }) },
    { region: REGION },
  );
  return check.run(ctx);
}
