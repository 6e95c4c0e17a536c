import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import check, { HEADER_BYTES, missingColumns } from '../../../../labs/s3-bucket/checks/s3_bucket_raw_sample_present.ts';
import { SAMPLE_CSV } from '../../../../checker/paths.ts';
import { fixtureContext, referenceBucket } from '../../../support/fixture-account.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

describe('s3_bucket_raw_sample_present', () => {
  it('compliance: the project sample under raw/', async () => {
    const sample = readFileSync(SAMPLE_CSV, 'utf8');
    const outcome = await runOn(check, (b) => (b.objects = { 'raw/2025/01/trips.csv': sample }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.key).toBe('raw/2025/01/trips.csv');
  });

  it('compliance: quoted, lower-case header with a BOM and CRLF', async () => {
    const header = '\uFEFF"vendorid","tpep_pickup_datetime","tpep_dropoff_datetime","passenger_count","trip_distance","pulocationid","dolocationid","payment_type","fare_amount","tip_amount","total_amount"\r\n1,2,3';
    expect((await runOn(check, (b) => (b.objects = { 'raw/a.csv': header }))).status).toBe('pass');
  });

  it('reads only the first bytes of each object', async () => {
    const ctx = fixtureContext({ buckets: [referenceBucket()] });
    await check.run(ctx);
    expect(HEADER_BYTES).toBeLessThanOrEqual(4096);
    expect(ctx.calls.filter((c) => c.startsWith('s3.readObjectStart'))).toHaveLength(1);
  });

  it('non-compliance: nothing under raw/, even if the CSV sits elsewhere', async () => {
    const sample = readFileSync(SAMPLE_CSV, 'utf8');
    const outcome = await runOn(check, (b) => (b.objects = { 'processed/trips.csv': sample }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.objectsFound).toBe(0);
  });

  it('non-compliance: a CSV under raw/ without the taxi columns, listed in the evidence', async () => {
    const outcome = await runOn(check, (b) => (b.objects = { 'raw/people.csv': 'name,age\nana,30\n' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.inspected).toEqual([{ key: 'raw/people.csv', missingColumns: expect.arrayContaining(['VendorID', 'total_amount']) }]);
  });

  it('non-compliance: an empty folder marker only', async () => {
    expect((await runOn(check, (b) => (b.objects = { 'raw/': '' }))).status).toBe('fail');
  });

  it('missingColumns names exactly the absent required columns', () => {
    expect(missingColumns('VendorID,tpep_pickup_datetime')).toContain('fare_amount');
    expect(missingColumns(readFileSync(SAMPLE_CSV, 'utf8'))).toEqual([]);
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
