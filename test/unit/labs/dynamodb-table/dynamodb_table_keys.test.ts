import { describe, expect, it } from 'vitest';
import check from '../../../../labs/dynamodb-table/checks/dynamodb_table_keys.ts';
import { lessonTable, run, TABLE, tableArn } from './helpers.ts';

describe('dynamodb_table_keys', () => {
  it('compliance: the lesson\'s table, active, keyed on pickup_zone (N) and trip_key (S)', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table ${TABLE} is active, keyed on pickup_zone (N, partition) + trip_key (S, sort).`);
    expect(outcome.evidence).toMatchObject({ resource: tableArn(), status: 'ACTIVE', otherMatchingTables: [] });
  });

  it('compliance: a learner-suffixed name; the exact name wins over it when both exist', async () => {
    const suffixed = await run(check, (a) => (a.table.name = `${TABLE}-ana`));
    expect(suffixed.status).toBe('pass');
    expect(suffixed.evidence.resource).toBe(tableArn(`${TABLE}-ana`));
    const both = await run(check, (a) => a.otherTables.push({ ...lessonTable(`${TABLE}-old`), createdAt: '2026-11-30T12:00:00.000Z' }));
    expect(both.evidence).toMatchObject({ resource: tableArn(), otherMatchingTables: [`${TABLE}-old`] });
  });

  it('non-compliance: the sort key as a number, or the keys the other way round', async () => {
    const numeric = await run(check, (a) => (a.table.attributeTypes = { pickup_zone: 'N', trip_key: 'N', dropoff_zone: 'N' }));
    expect(numeric.status).toBe('fail');
    expect(numeric.message.en).toBe(`Table ${TABLE} is keyed on pickup_zone (N, partition) + trip_key (N, sort); the lesson uses pickup_zone (N) + trip_key (S).`);
    const reversed = await run(check, (a) => (a.table.keys = [{ name: 'trip_key', keyType: 'HASH' }, { name: 'pickup_zone', keyType: 'RANGE' }]));
    expect(reversed.status).toBe('fail');
    expect(reversed.message.es).toContain('la lección usa pickup_zone (N) + trip_key (S)');
  });

  it('non-compliance: a partition key alone (VendorID) has no sort key to query by day', async () => {
    const outcome = await run(check, (a) => {
      a.table.keys = [{ name: 'VendorID', keyType: 'HASH' }];
      a.table.attributeTypes = { VendorID: 'N' };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.keys).toBe('VendorID (N, partition)');
  });

  it('non-compliance: a table still being created', async () => {
    const outcome = await run(check, (a) => (a.table.status = 'CREATING'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Table ${TABLE} is CREATING, not ACTIVE.`);
  });

  it('non-compliance: no table named like the lesson, with a near miss suggested', async () => {
    const outcome = await run(check, (a) => (a.table.name = 'taxi-trip'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`There is no DynamoDB table named ${TABLE} (nor ${TABLE}-…) in this region.`);
    expect(outcome.evidence).toMatchObject({ tablesSeen: ['taxi-trip'], didYouMean: ['taxi-trip'] });
  });
});
