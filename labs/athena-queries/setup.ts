import { GetQueryExecutionCommand, StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { athenaClient } from '../../checker/services/athena/reader.ts';
import { DATA_LAKE_PREFIX, LESSON_QUERY, referenceDatabase, RESULTS_BUCKET_PREFIX, TABLE_NAME, tableDdl } from './athena.ts';

/**
 * CloudFormation cannot run a query, so the reference's last steps are SDK calls, as the lesson's
 * CLI path does them: register the table over processed/ with CREATE EXTERNAL TABLE (the DDL
 * Athena learners write, in the workgroup), then run the lesson's question and wait until it
 * SUCCEEDED. Each wait is bounded; a FAILED statement stops the deploy with Athena's reason.
 * Before destroy, the table is dropped (an external table: the Parquet files stay).
 */

const WAIT_MS = 60_000;
const POLL_MS = 200;

function deployed(ctx: LabSetupContext) {
  const workGroup = ctx.resources.find((r) => r.type === 'AWS::Athena::WorkGroup')?.physicalId;
  const results = ctx.resources.find((r) => r.type === 'AWS::S3::Bucket' && r.physicalId.startsWith(RESULTS_BUCKET_PREFIX))?.physicalId;
  if (!workGroup || !results) return undefined;
  // Both buckets are named <prefix><learner>-<account>, and glue-catalog's database taxis_<learner>:
  // the data lake and the database follow from the results bucket's name.
  const suffix = results.slice(RESULTS_BUCKET_PREFIX.length);
  const learner = suffix.replace(/-\d{12}$/, '');
  return { workGroup, dataLake: DATA_LAKE_PREFIX + suffix, database: referenceDatabase(learner) };
}

/** Runs one statement in the workgroup and waits for it; resolves with its id once SUCCEEDED. */
export async function runStatement(ctx: Pick<LabSetupContext, 'clients' | 'emit'>, where: { workGroup: string; database: string }, sql: string, statement: 'create-table' | 'lesson-query' | 'drop-table'): Promise<string> {
  const label = `${statement} ${TABLE_NAME}`;
  const { workGroup, database } = where;
  const athena = ctx.clients.get(athenaClient);
  const started = Date.now();
  const { QueryExecutionId: id } = await athena.send(new StartQueryExecutionCommand({ WorkGroup: workGroup, QueryString: sql, QueryExecutionContext: { Database: database } }));
  if (!id) throw new Error(`Athena returned no query id for ${label}`);
  for (;;) {
    const { QueryExecution: q } = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    const state = q?.Status?.State;
    if (state === 'SUCCEEDED') {
      ctx.emit({ kind: 'athena-query-succeeded', workGroup, queryExecutionId: id, statement, table: TABLE_NAME, afterMs: Date.now() - started });
      return id;
    }
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw Object.assign(new Error(`${label} (${id}) ${state}: ${q?.Status?.StateChangeReason ?? 'no reason given'}`), { name: 'AthenaQueryFailed' });
    }
    if (Date.now() - started > WAIT_MS) {
      throw Object.assign(new Error(`${label} (${id}) still ${state} after ${WAIT_MS / 1000} s`), { name: 'AthenaQueryTimeout' });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const athenaSetup: LabSetup = {
  async apply(ctx) {
    const found = deployed(ctx);
    if (!found) return;
    await runStatement(ctx, found, tableDdl(found.dataLake), 'create-table');
    await runStatement(ctx, found, LESSON_QUERY, 'lesson-query');
  },
  async remove(ctx) {
    const found = deployed(ctx);
    if (!found) return;
    await runStatement(ctx, found, `DROP TABLE IF EXISTS ${TABLE_NAME}`, 'drop-table');
  },
};
