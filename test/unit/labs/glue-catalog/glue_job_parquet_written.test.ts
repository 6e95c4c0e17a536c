import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_job_parquet_written.ts';
import { parquet, run } from './helpers.ts';

describe('glue_job_parquet_written', () => {
  it("compliance: the job's Parquet, read from its footer: columns, types and rows", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('processed/trips/ holds 1 Parquet file(s) with the cleaned columns and 20 rows.');
    const [file] = outcome.evidence.files as { columns: string[]; problems: string[] }[];
    expect(file!.columns).toEqual(expect.arrayContaining(['tpep_pickup_datetime:timestamp', 'fare_amount:double', 'payment_type:int64']));
    expect(file!.problems).toEqual([]);
  });

  it("compliance: Spark's part files and _SUCCESS marker in a folder of their own", async () => {
    const outcome = await run(check, (a) => {
      a.bucket.binaryObjects = { 'processed/trips/_SUCCESS': new Uint8Array(), 'processed/trips/part-00000.snappy.parquet': parquet('clean'), 'processed/trips/part-00001.snappy.parquet': parquet('clean') };
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ rows: 40, otherObjects: ['processed/trips/_SUCCESS'] });
  });

  it('non-compliance: dates left as text', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects = { 'processed/trips/trips.parquet': parquet('text-dates') }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('File processed/trips/trips.parquet does not have the cleaned columns: tpep_pickup_datetime is string, not timestamp; tpep_dropoff_datetime is string, not timestamp.');
  });

  it('non-compliance: a trip with a negative fare kept (seen in the footer statistics)', async () => {
    const outcome = await run(check, (a) => (a.bucket.binaryObjects = { 'processed/trips/trips.parquet': parquet('negative-fare') }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('fare_amount has values ≤ 0 (min -7.5)');
  });

  it('non-compliance: CSV named .parquet, and no Parquet at all', async () => {
    const csv = await run(check, (a) => (a.bucket.binaryObjects = { 'processed/trips/trips.parquet': new TextEncoder().encode('a,b\n1,2\n3,4\n') }));
    expect(csv.message.en).toBe('File processed/trips/trips.parquet does not have the cleaned columns: no Parquet footer (the file does not end in PAR1).');
    const none = await run(check, (a) => (a.bucket.binaryObjects = { 'processed/trips/trips.csv': new TextEncoder().encode('a,b\n') }));
    expect(none.message.en).toBe('There is no .parquet file under s3://taxis-datalake-ana-123456789012/processed/.');
  });
});
