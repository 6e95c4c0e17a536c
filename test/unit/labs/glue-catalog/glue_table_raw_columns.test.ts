import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_table_raw_columns.ts';
import { BUCKET, CRAWLED_COLUMNS, run } from './helpers.ts';

describe('glue_table_raw_columns', () => {
  it("compliance: the crawler's table, dates as string", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table taxis.raw describes s3://${BUCKET}/raw/ with well-typed key columns.`);
  });

  it('compliance: a table made by hand with a timestamp and mixed-case names', async () => {
    const outcome = await run(check, (a) => {
      a.database.tables = [{ name: 'trips_raw', location: `s3://${BUCKET}/raw`, columns: CRAWLED_COLUMNS.map((c) => ({ name: c.name.toUpperCase(), type: c.name.endsWith('datetime') ? 'timestamp' : c.type })) }];
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: OpenCSVSerde made every column a string', async () => {
    const outcome = await run(check, (a) => (a.database.tables![0]!.columns = CRAWLED_COLUMNS.map((c) => ({ ...c, type: 'string' }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Table raw has columns of an unsuitable type: trip_distance (string), payment_type (string), fare_amount (string).');
  });

  it('non-compliance: a header the crawler missed (col0, col1…)', async () => {
    const outcome = await run(check, (a) => (a.database.tables![0]!.columns = CRAWLED_COLUMNS.map((c, i) => ({ name: `col${i}`, type: 'string' }))));
    expect(outcome.message.en).toBe('Table raw lacks columns: tpep_pickup_datetime, trip_distance, payment_type, fare_amount.');
  });

  it('non-compliance: the only table points at processed/', async () => {
    const outcome = await run(check, (a) => (a.database.tables![0]!.location = `s3://${BUCKET}/processed/trips/`));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`No table of taxis points at s3://${BUCKET}/raw/: run the crawler.`);
    expect(outcome.evidence.otherTables).toEqual([{ table: 'raw', location: `s3://${BUCKET}/processed/trips/` }]);
  });
});
