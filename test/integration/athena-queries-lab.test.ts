import {
  CreateWorkGroupCommand,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  ListQueryExecutionsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { CreateTableCommand, DeleteTableCommand } from '@aws-sdk/client-glue';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeployClients } from '../../checker/deploy/clients.ts';
import { labFile } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { athenaClient } from '../../checker/services/athena/reader.ts';
import { glueClient } from '../../checker/services/glue/reader.ts';
import { LESSON_QUERY, PROCESSED_COLUMNS } from '../../labs/athena-queries/athena.ts';
import lab from '../../labs/athena-queries/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { athenaQueriesMutants, athenaResultsBucket, athenaWorkGroup, glueDatabase, referenceWorkGroupConfig } from '../support/mutants/athena-queries.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const WORKGROUP = athenaWorkGroup('student');
const RESULTS = athenaResultsBucket('student', ACCOUNT);
const DATA_LAKE = `taxis-datalake-student-${ACCOUNT}`;
/** The glue-catalog reference's database for learner `student`. */
const DATABASE = glueDatabase('student');
/** What the lesson shows as the query's output: written by this test, imported by the lesson pages. */
const LESSON_OUTPUT = labFile('athena-queries', 'lesson-output.json');

/** The reference workgroup's configuration for learner `student`. */
const REFERENCE_CONFIG = referenceWorkGroupConfig('student', ACCOUNT);

describeLabContract('athena-queries', emulator, { mutants: athenaQueriesMutants });

/** Starts a statement and waits until it ends (the emulator runs it in the background). */
async function runQuery(clients: DeployClients, sql: string, workGroup: string, database = DATABASE) {
  const athena = clients.get(athenaClient);
  const { QueryExecutionId } = await athena.send(new StartQueryExecutionCommand({ QueryString: sql, WorkGroup: workGroup, QueryExecutionContext: { Database: database } }));
  for (let i = 0; i < 300; i++) {
    const { QueryExecution } = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId }));
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(QueryExecution?.Status?.State ?? '')) return QueryExecution!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`query ${QueryExecutionId} did not finish`);
}

async function rowsOf(clients: DeployClients, id: string): Promise<string[][]> {
  const out = await clients.get(athenaClient).send(new GetQueryResultsCommand({ QueryExecutionId: id }));
  return (out.ResultSet?.Rows ?? []).map((r) => (r.Data ?? []).map((d) => d.VarCharValue ?? ''));
}

describe('athena-queries: another valid solution', () => {
  it('a crawler-style table under another name, results under a prefix of the bucket, and a qualified query run from another database pass too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const glue = clients.get(glueClient);
      await glue.send(new DeleteTableCommand({ DatabaseName: DATABASE, Name: 'taxi_trips' }));
      await glue.send(new CreateTableCommand({
        DatabaseName: DATABASE,
        TableInput: {
          Name: 'trips_clean',
          TableType: 'EXTERNAL_TABLE',
          Parameters: { classification: 'parquet' },
          StorageDescriptor: {
            Location: `s3://${DATA_LAKE}/processed/trips/`,
            Columns: PROCESSED_COLUMNS.map((c) => ({ Name: c.name, Type: c.type })),
            InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
            OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
            SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
          },
        },
      }));
      await clients.get(athenaClient).send(new CreateWorkGroupCommand({
        Name: 'taxis',
        Configuration: {
          EnforceWorkGroupConfiguration: true,
          ResultConfiguration: { OutputLocation: `s3://${RESULTS}/athena/`, EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
        },
      }));
      const query = await runQuery(clients, 'SELECT passenger_count, round(avg(trip_distance), 2) AS avg_miles FROM taxis_student.trips_clean GROUP BY 1 ORDER BY 1', 'taxis', 'default');
      expect(query.Status?.State, query.Status?.StateChangeReason).toBe('SUCCEEDED');
    });
    expect(await statusesOf(lab, emulator)).toEqual(Object.fromEntries(lab.checks.map((c) => [c.id, 'pass'])));
  });
});

describe('athena-queries: queries really run on the emulator', () => {
  it('a query on a missing column FAILS with the reason, and the query check fails with it when that is the only query', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const failed = await withDeployClients(emulator, async (clients) => {
      await clients.get(athenaClient).send(new CreateWorkGroupCommand({ Name: 'taxis', Configuration: REFERENCE_CONFIG }));
      return runQuery(clients, 'SELECT payment_kind, count(*) AS trips FROM taxi_trips GROUP BY payment_kind', 'taxis');
    });
    expect(failed.Status?.State).toBe('FAILED');
    expect(failed.Status?.StateChangeReason).toMatch(/^COLUMN_NOT_FOUND: line 1:\d+: Column 'payment_kind' cannot be resolved/);
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const check = result.labs[0]!.checks.find((c) => c.id === 'athena_query_succeeded')!;
    expect(check.status).toBe('fail');
    expect(check.message.en).toContain(failed.Status!.StateChangeReason!);
  });

  it("the lesson's query gives the rows the lesson shows (set NUBELAB_UPDATE_LESSON_OUTPUT=1 to regenerate them)", async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const output = await withDeployClients(emulator, async (clients) => {
      // The reference's setup already ran the lesson's query in the workgroup: read that run.
      const athena = clients.get(athenaClient);
      const { QueryExecutionIds = [] } = await athena.send(new ListQueryExecutionsCommand({ WorkGroup: WORKGROUP }));
      const runs = await Promise.all(QueryExecutionIds.map(async (id) => (await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }))).QueryExecution!));
      const lessonRun = runs.find((q) => q.Query === LESSON_QUERY && q.Status?.State === 'SUCCEEDED');
      expect(lessonRun, 'the setup ran the lesson query').toBeDefined();
      const [columns, ...rows] = await rowsOf(clients, lessonRun!.QueryExecutionId!);
      return { query: LESSON_QUERY, columns, rows };
    });
    expect(output.rows.length).toBeGreaterThan(0);
    if (process.env.NUBELAB_UPDATE_LESSON_OUTPUT === '1') {
      writeFileSync(LESSON_OUTPUT, `${JSON.stringify(output, null, 2)}\n`);
    }
    expect(JSON.parse(readFileSync(LESSON_OUTPUT, 'utf8'))).toEqual(output);
  });
});
