import { describe, expect, it } from 'vitest';
import check from '../../../../labs/dynamodb-table/checks/dynamodb_table_gsi.ts';
import { lessonIndex, run } from './helpers.ts';

describe('dynamodb_table_gsi', () => {
  it('compliance: by-dropoff-zone on dropoff_zone + trip_key, ALL, active', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Index by-dropoff-zone is active, keyed on dropoff_zone (N, partition) + trip_key (S, sort) with projection ALL.');
  });

  it('compliance: another index beside it does not matter', async () => {
    const outcome = await run(check, (a) => a.table.globalIndexes!.push({ ...lessonIndex(), name: 'by-vendor', keys: [{ name: 'VendorID', keyType: 'HASH' }] }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.indexes).toHaveLength(2);
  });

  it('non-compliance: no index, or one under another name', async () => {
    const none = await run(check, (a) => (a.table.globalIndexes = []));
    expect(none.status).toBe('fail');
    expect(none.message.en).toBe('Table taxi-trips has no global secondary index named by-dropoff-zone.');
    const renamed = await run(check, (a) => (a.table.globalIndexes = [{ ...lessonIndex(), name: 'dropoff' }]));
    expect(renamed.status).toBe('fail');
  });

  it('non-compliance: the index keyed on dropoff_zone alone', async () => {
    const outcome = await run(check, (a) => (a.table.globalIndexes = [{ ...lessonIndex(), keys: [{ name: 'dropoff_zone', keyType: 'HASH' }] }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('Index by-dropoff-zone is keyed on dropoff_zone (N, partition); the lesson uses');
  });

  it('non-compliance: only the keys projected (KEYS_ONLY)', async () => {
    const outcome = await run(check, (a) => (a.table.globalIndexes = [{ ...lessonIndex(), projectionType: 'KEYS_ONLY' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Index by-dropoff-zone projects KEYS_ONLY, not every attribute (ALL).');
  });

  it('non-compliance: the index still being built', async () => {
    const outcome = await run(check, (a) => (a.table.globalIndexes = [{ ...lessonIndex(), status: 'CREATING' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Index by-dropoff-zone is CREATING, not ACTIVE.');
  });
});
