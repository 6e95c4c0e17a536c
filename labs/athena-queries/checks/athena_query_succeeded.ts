import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { CheckContext } from '../../../checker/core/types.ts';
import type { QueryExecutionInfo, ResultPreview } from '../../../checker/services/athena/types.ts';
import { DATABASE, isTaxisDatabase, withWorkGroup } from '../athena.ts';

/** How much history is read: Athena lists 50 queries a page, and the learner's query is recent. */
const HISTORY = 50;
/** At most this many successful SELECTs have their results opened, newest first. */
const PREVIEWS = 10;
/** Rows counted from the first page; a larger result is reported as "at least". */
const COUNTED_ROWS = 100;
const SHOWN_ROWS = 5;

/** The SQL without comments, to see what statement it is. */
const statement = (sql: string) => sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ').trim();
const isSelect = (q: QueryExecutionInfo) => (q.statementType ?? 'DML') === 'DML' && /^(select|with)\b/i.test(statement(q.query));
/** The query ran in the taxi database (`taxis`, `taxis_<suffix>`), or names its tables as `taxis.<table>`. */
const readsTaxis = (q: QueryExecutionInfo) =>
  isTaxisDatabase(q.database) || new RegExp(`(^|[^\\w"])"?${DATABASE}([_-][\\w-]+)?"?\\s*\\.`, 'i').test(statement(q.query));

const summary = (q: QueryExecutionInfo) => ({
  queryExecutionId: q.id, state: q.state, database: q.database ?? null, query: q.query.slice(0, 300), submittedAt: q.submittedAt ?? null,
  ...(q.stateChangeReason ? { reason: q.stateChangeReason } : {}),
});

async function firstWithRows(ctx: CheckContext, candidates: QueryExecutionInfo[]) {
  const opened: { query: QueryExecutionInfo; preview?: ResultPreview }[] = [];
  for (const query of candidates.slice(0, PREVIEWS)) {
    const preview = await ctx.athena.resultPreview(query.id, COUNTED_ROWS);
    opened.push({ query, preview });
    if (preview && preview.rows.length > 0) return { found: { query, preview }, opened };
  }
  return { opened };
}

export default defineCheck({
  id: 'athena_query_succeeded',
  cli: 'aws athena start-query-execution --work-group taxis --query-execution-context Database=taxis --query-string file://lesson-query.sql',
  points: 1,
  needs: ['athena_workgroup_enforced'],
  title: {
    es: `Una consulta SELECT sobre la base de datos ${DATABASE} terminó bien en el grupo de trabajo y devolvió filas`,
    en: `A SELECT query on the ${DATABASE} database succeeded in the workgroup and returned rows`,
  },
  hint: {
    es: `Ejecuta en el grupo de trabajo la consulta de la lección (tarifa media por tipo de pago) con la base de datos ${DATABASE}, espera a que su estado sea SUCCEEDED y comprueba con get-query-results que devuelve filas. Si falla, el motivo está en Status.StateChangeReason.`,
    en: `Run the lesson's query (average fare by payment type) in the workgroup with the ${DATABASE} database, wait until its state is SUCCEEDED and check with get-query-results that it returns rows. If it fails, the reason is in Status.StateChangeReason.`,
  },
  run: (ctx) =>
    withWorkGroup(ctx, async (group) => {
      const history = await ctx.athena.recentQueries(group.name, HISTORY);
      const candidates = history.filter((q) => q.state === 'SUCCEEDED' && isSelect(q) && readsTaxis(q));
      const { found, opened } = await firstWithRows(ctx, candidates);
      const base = { resource: group.arn, workGroup: group.name, database: DATABASE, queriesInHistory: history.length };

      if (found) {
        const { query, preview } = found;
        const rowCount = preview.more ? `${preview.rows.length}+` : preview.rows.length;
        return pass(
          {
            es: `La consulta ${query.id} terminó bien y devolvió ${rowCount} filas (escaneó ${query.dataScannedBytes ?? 0} bytes).`,
            en: `Query ${query.id} succeeded and returned ${rowCount} rows (it scanned ${query.dataScannedBytes ?? 0} bytes).`,
          },
          {
            ...base, ...summary(query), query: query.query, dataScannedBytes: query.dataScannedBytes ?? null, engineMs: query.engineMs ?? null,
            resultLocation: query.outputLocation ?? null, columns: preview.columns, rowCount, firstRows: preview.rows.slice(0, SHOWN_ROWS),
          },
        );
      }
      const recent = history.slice(0, 5).map(summary);
      if (opened.length && opened.every((o) => !o.preview)) {
        // Athena reads the result file from the results bucket: a lifecycle rule may have deleted it.
        return fail(
          {
            es: `Los resultados de las consultas SELECT sobre ${DATABASE} que terminaron bien ya no se pueden leer (¿los borró la regla de ciclo de vida del bucket?); vuelve a ejecutar la consulta.`,
            en: `The results of the SELECT queries on ${DATABASE} that succeeded can no longer be read (did the bucket's lifecycle rule delete them?); run the query again.`,
          },
          { ...base, recentQueries: recent, unreadableResults: opened.map((o) => o.query.id) },
        );
      }
      if (opened.length) {
        return fail(
          {
            es: `Las consultas SELECT sobre ${DATABASE} que terminaron bien no devolvieron filas; comprueba que la ubicación de la tabla en S3 tiene datos.`,
            en: `The SELECT queries on ${DATABASE} that succeeded returned no rows; check that the table's S3 location holds data.`,
          },
          { ...base, recentQueries: recent, emptyResults: opened.map((o) => o.query.id) },
        );
      }
      const failed = history.find((q) => q.state === 'FAILED' && readsTaxis(q));
      if (failed) {
        const reason = failed.stateChangeReason ?? 'FAILED';
        return fail(
          {
            es: `Ninguna consulta SELECT sobre ${DATABASE} ha terminado bien en ${group.name}; la última falló: ${reason.replace(/\.?$/, '.')}`,
            en: `No SELECT query on ${DATABASE} has succeeded in ${group.name}; the latest failed: ${reason.replace(/\.?$/, '.')}`,
          },
          { ...base, recentQueries: recent },
        );
      }
      return fail(
        {
          es: `No hay ninguna consulta SELECT sobre ${DATABASE} que haya terminado bien en el grupo de trabajo ${group.name}.`,
          en: `There is no SELECT query on ${DATABASE} that succeeded in workgroup ${group.name}.`,
        },
        { ...base, recentQueries: recent },
      );
    }),
});
