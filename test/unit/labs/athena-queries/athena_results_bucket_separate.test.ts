import { describe, expect, it } from 'vitest';
import check from '../../../../labs/athena-queries/checks/athena_results_bucket_separate.ts';
import { DATA_LAKE, RESULTS, run } from './helpers.ts';

describe('athena_results_bucket_separate', () => {
  it('compliance: results in their own bucket', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Results go to s3://${RESULTS}/, a bucket apart from the data lake.`);
    expect(outcome.evidence).toMatchObject({ bucket: RESULTS, bucketExists: true, dataLakeBuckets: [DATA_LAKE] });
  });

  it('compliance: a folder inside another bucket of the learner also counts', async () => {
    const outcome = await run(check, (a) => {
      a.buckets.push({ name: 'ana-scratch' });
      a.workGroup.outputLocation = 's3://ana-scratch/athena/';
    });
    expect(outcome.status).toBe('pass');
  });

  it("non-compliance: results written into the data lake's bucket", async () => {
    const outcome = await run(check, (a) => (a.workGroup.outputLocation = `s3://${DATA_LAKE}/athena-results/`));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Results go to the data lake (${DATA_LAKE}); they must go to a separate bucket.`);
  });

  it('non-compliance: a results bucket that does not exist', async () => {
    const outcome = await run(check, (a) => (a.buckets = a.buckets.filter((b) => b.name !== RESULTS)));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('which does not exist in this account');
    expect(outcome.evidence.bucketExists).toBe(false);
  });

  it('non-compliance: no results location, and Athena managed results named as such', async () => {
    const none = await run(check, (a) => delete a.workGroup.outputLocation);
    expect(none.status).toBe('fail');
    expect(none.message.en).toBe('Workgroup taxis has no results location.');
    const managed = await run(check, (a) => {
      delete a.workGroup.outputLocation;
      a.workGroup.managedResults = true;
    });
    expect(managed.status).toBe('fail');
    expect(managed.message.en).toContain('uses Athena managed query results');
  });
});
