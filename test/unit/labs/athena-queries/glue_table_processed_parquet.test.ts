import { describe, expect, it } from 'vitest';
import check from '../../../../labs/athena-queries/checks/glue_table_processed_parquet.ts';
import { DATA_LAKE, processedTable, run } from './helpers.ts';

describe('glue_table_processed_parquet', () => {
  it("compliance: the lesson's taxi_trips over processed/trips/, in Parquet", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table taxis.taxi_trips reads Parquet at s3://${DATA_LAKE}/processed/trips/.`);
    expect(outcome.evidence).toMatchObject({ resource: 'taxis.taxi_trips', required: ['payment_type', 'fare_amount', 'tip_amount'] });
  });

  it('compliance: a crawler-made table with another name and decimal fares', async () => {
    const outcome = await run(check, (a) => {
      const crawled = { ...processedTable(), name: 'trips', classification: 'parquet', serde: undefined, updatedByCrawler: 'taxis-processed' };
      crawled.columns = crawled.columns.map((c) => (c.name === 'fare_amount' ? { name: 'fare_amount', type: 'decimal(10,2)' } : c));
      a.tables = [a.tables[0]!, crawled];
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('taxis.trips');
  });

  it('non-compliance: only the raw CSV table', async () => {
    const outcome = await run(check, (a) => (a.tables = a.tables.filter((t) => t.name === 'raw')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('No table of the taxis database points at processed/ of a taxis-datalake-… bucket.');
    expect(outcome.evidence.tablesSeen).toEqual([{ name: 'raw', location: `s3://${DATA_LAKE}/raw/` }]);
  });

  it('non-compliance: a CSV table over processed/', async () => {
    const outcome = await run(check, (a) => (a.tables[1]!.serde = 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('does not read Parquet');
  });

  it('non-compliance: the lesson\'s columns missing or stored as text', async () => {
    const missing = await run(check, (a) => (a.tables[1]!.columns = a.tables[1]!.columns.filter((c) => c.name !== 'tip_amount')));
    expect(missing.status).toBe('fail');
    expect(missing.message.en).toBe('Table taxi_trips lacks columns: tip_amount.');
    const text = await run(check, (a) => (a.tables[1]!.columns = a.tables[1]!.columns.map((c) => (c.name === 'fare_amount' ? { ...c, type: 'string' } : c))));
    expect(text.status).toBe('fail');
    expect(text.message.en).toBe('These columns of taxi_trips are not numeric: fare_amount string.');
  });

  it("compliance: the reference's learner-suffixed database taxis_ana", async () => {
    const outcome = await run(check, (a) => (a.database = 'taxis_ana'));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('taxis_ana.taxi_trips');
  });

  it('non-compliance: a taxis database without tables', async () => {
    const outcome = await run(check, (a) => (a.tables = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.tablesSeen).toEqual([]);
  });

  it('non-compliance: no taxis database at all (as the glue-catalog lab looks for it)', async () => {
    const outcome = await run(check, (a) => delete a.database);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('There is no taxis database');
  });
});
