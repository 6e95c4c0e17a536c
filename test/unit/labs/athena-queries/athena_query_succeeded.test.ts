import { describe, expect, it } from 'vitest';
import check from '../../../../labs/athena-queries/checks/athena_query_succeeded.ts';
import { LESSON_QUERY } from '../../../../labs/athena-queries/athena.ts';
import { lessonQuery, run, runWith, workGroupArn } from './helpers.ts';

const missingColumn = {
  query: 'SELECT payment_kind, count(*) FROM taxi_trips GROUP BY 1',
  state: 'FAILED',
  stateChangeReason: "COLUMN_NOT_FOUND: line 1:8: Column 'payment_kind' cannot be resolved or requester is not authorized to access requested resources",
};

describe('athena_query_succeeded', () => {
  it("compliance: the lesson's query, with the learner's text, rows and bytes scanned as evidence", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Query taxis-q1 succeeded and returned 2 rows (it scanned 4096 bytes).');
    expect(outcome.evidence).toMatchObject({
      resource: workGroupArn(), query: LESSON_QUERY, state: 'SUCCEEDED', dataScannedBytes: 4096, rowCount: 2,
      columns: ['payment_type', 'trips', 'avg_fare', 'avg_tip'], firstRows: [['1', '380', '18.5', '4.12'], ['2', '100', '16.9', '0.0']],
    });
  });

  it('compliance: an older success counts even after a failed attempt; the newest success is shown', async () => {
    const outcome = await run(check, (a) => {
      a.workGroup.queries!.push({ ...lessonQuery(), query: 'SELECT count(*) AS trips FROM taxis.taxi_trips', database: 'default', result: { columns: ['trips'], rows: [['480']] } });
      a.workGroup.queries!.push(missingColumn);
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ queryExecutionId: 'taxis-q2', query: 'SELECT count(*) AS trips FROM taxis.taxi_trips', rowCount: 1 });
  });

  it("compliance: run in the reference's taxis_<learner> database, or naming taxis_ana.taxi_trips from another", async () => {
    for (const change of [{ database: 'taxis_ana' }, { database: 'default', query: 'SELECT count(*) FROM "taxis_ana".taxi_trips' }]) {
      const outcome = await run(check, (a) => Object.assign(a.workGroup.queries![0]!, change));
      expect(outcome.status, JSON.stringify(change)).toBe('pass');
    }
  });

  it('compliance: a large result is counted as "at least" from its first page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [String(i)]);
    const outcome = await run(check, (a) => (a.workGroup.queries = [{ ...lessonQuery(), query: 'SELECT vendorid FROM taxi_trips', result: { columns: ['vendorid'], rows } }]));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.rowCount).toBe('100+');
    expect(outcome.evidence.firstRows).toHaveLength(5);
  });

  it('non-compliance: a query on a missing column failed, and its reason is the message', async () => {
    const outcome = await run(check, (a) => (a.workGroup.queries = [missingColumn]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`No SELECT query on taxis has succeeded in taxis; the latest failed: ${missingColumn.stateChangeReason}.`);
    expect(outcome.evidence.recentQueries).toEqual([expect.objectContaining({ state: 'FAILED', reason: missingColumn.stateChangeReason })]);
  });

  it('non-compliance: a successful query with no rows (empty table location)', async () => {
    const outcome = await run(check, (a) => (a.workGroup.queries![0]!.result!.rows = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('returned no rows');
  });

  it("non-compliance: DDL and queries outside the taxis database don't count", async () => {
    const { outcome, ctx } = await runWith(check, (a) => (a.workGroup.queries = [
      { query: 'CREATE EXTERNAL TABLE taxi_trips (x int) STORED AS PARQUET LOCATION \'s3://b/processed/\'', state: 'SUCCEEDED', statementType: 'DDL' },
      { ...lessonQuery(), query: 'SELECT 1', database: 'default', result: { columns: ['_col0'], rows: [['1']] } },
    ]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no SELECT query on taxis that succeeded in workgroup taxis.');
    // Results are opened only for candidates: none here.
    expect(ctx.calls.filter((c) => c.startsWith('athena.resultPreview'))).toEqual([]);
  });

  it('non-compliance: no query at all in the workgroup', async () => {
    const outcome = await run(check, (a) => (a.workGroup.queries = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toMatchObject({ queriesInHistory: 0, recentQueries: [] });
  });

  it('non-compliance: a query in another workgroup is not this workgroup\'s history', async () => {
    const outcome = await run(check, (a) => {
      a.otherWorkGroups[0]!.queries = a.workGroup.queries;
      a.workGroup.queries = [];
    });
    expect(outcome.status).toBe('fail');
  });
});
