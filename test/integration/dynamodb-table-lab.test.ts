import { CreateTableCommand, UpdateContinuousBackupsCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../checker/run.ts';
import { dynamodbClient } from '../../checker/services/dynamodb/reader.ts';
import lab from '../../labs/dynamodb-table/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { dynamodbTableMutants } from '../support/mutants/dynamodb-table.ts';

const emulator = useEmulator();

describeLabContract('dynamodb-table', emulator, { mutants: dynamodbTableMutants });

describe('dynamodb-table: another valid solution', () => {
  it('a table with a learner suffix, an index projecting every attribute and a 7-day PITR window passes every check', async () => {
    await emulator.reset();
    const TableName = 'taxi-trips-ana';
    await withDeployClients(emulator, async (clients) => {
      const dynamodb = clients.get(dynamodbClient);
      // Attribute definitions in another order, and the protection set at creation time.
      await dynamodb.send(new CreateTableCommand({
        TableName,
        AttributeDefinitions: [
          { AttributeName: 'dropoff_zone', AttributeType: 'N' },
          { AttributeName: 'trip_key', AttributeType: 'S' },
          { AttributeName: 'pickup_zone', AttributeType: 'N' },
        ],
        KeySchema: [{ AttributeName: 'pickup_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [{
          IndexName: 'by-dropoff-zone',
          KeySchema: [{ AttributeName: 'dropoff_zone', KeyType: 'HASH' }, { AttributeName: 'trip_key', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'ALL' },
        }],
        DeletionProtectionEnabled: true,
      }));
      await waitUntilTableExists({ client: dynamodb, maxWaitTime: 30 }, { TableName });
      await dynamodb.send(new UpdateContinuousBackupsCommand({
        TableName,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 },
      }));
    });
    expect(Object.values(await statusesOf(lab, emulator))).toEqual(lab.checks.map(() => 'pass'));
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const pitr = result.labs[0]!.checks.find((c) => c.id === 'dynamodb_table_pitr_enabled')!;
    expect(pitr.message.en).toBe(`Table ${TableName} has point-in-time recovery on, over 7 days.`);
  });

  it('a table keyed the other way round (trip_key as partition key) fails the keys check and skips the rest', async () => {
    await emulator.reset();
    await withDeployClients(emulator, async (clients) => {
      await clients.get(dynamodbClient).send(new CreateTableCommand({
        TableName: 'taxi-trips',
        AttributeDefinitions: [{ AttributeName: 'trip_key', AttributeType: 'S' }, { AttributeName: 'pickup_zone', AttributeType: 'N' }],
        KeySchema: [{ AttributeName: 'trip_key', KeyType: 'HASH' }, { AttributeName: 'pickup_zone', KeyType: 'RANGE' }],
        BillingMode: 'PAY_PER_REQUEST',
      }));
    });
    const statuses = await statusesOf(lab, emulator);
    expect(statuses.dynamodb_table_keys).toBe('fail');
    expect(Object.entries(statuses).filter(([id]) => id !== 'dynamodb_table_keys').map(([, s]) => s)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });
});
