import { CreateTableCommand, DeleteTableCommand, UpdateContinuousBackupsCommand, UpdateTableCommand, waitUntilTableNotExists, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamodbClient } from '../../../checker/services/dynamodb/reader.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the dynamodb-table lab. Shared by the lab's contract test (moto) and the
 * engine matrix, so the table's name comes from the learner given, as
 * infra/lib/dynamodb-table-stack.ts names it.
 */
export const tripsTable = (learner: string) => `taxi-trips-${learner}`;

const client = (ctx: MutantContext): DynamoDBClient => ctx.clients.get(dynamodbClient);

/** Deletes the reference table (its protection off first) and creates it again with `trip_key` as a number. */
async function recreateWithNumericSortKey(ctx: MutantContext) {
  const TableName = tripsTable(ctx.learner);
  await client(ctx).send(new UpdateTableCommand({ TableName, DeletionProtectionEnabled: false }));
  await client(ctx).send(new DeleteTableCommand({ TableName }));
  await waitUntilTableNotExists({ client: client(ctx), maxWaitTime: 60 }, { TableName });
  await client(ctx).send(new CreateTableCommand({
    TableName,
    AttributeDefinitions: [{ AttributeName: 'pickup_zone', AttributeType: 'N' }, { AttributeName: 'trip_key', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pickup_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
}

export const dynamodbTableMutants: Record<string, Mutant> = {
  dynamodb_table_keys: {
    name: 'the table is re-created with trip_key as a number (N) instead of a string',
    apply: recreateWithNumericSortKey,
  },
  dynamodb_table_on_demand: {
    name: 'the table is switched to provisioned capacity',
    apply: (ctx) => client(ctx).send(new UpdateTableCommand({
      TableName: tripsTable(ctx.learner),
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    })),
  },
  dynamodb_table_gsi: {
    name: 'the by-dropoff-zone index is deleted',
    apply: (ctx) => client(ctx).send(new UpdateTableCommand({
      TableName: tripsTable(ctx.learner),
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'by-dropoff-zone' } }],
    })),
  },
  dynamodb_table_pitr_enabled: {
    name: 'point-in-time recovery is turned off',
    apply: (ctx) => client(ctx).send(new UpdateContinuousBackupsCommand({
      TableName: tripsTable(ctx.learner),
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
    })),
  },
  dynamodb_table_deletion_protected: {
    name: 'deletion protection is turned off',
    apply: (ctx) => client(ctx).send(new UpdateTableCommand({ TableName: tripsTable(ctx.learner), DeletionProtectionEnabled: false })),
  },
};
