import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { TableInfo } from '../../../checker/services/glue/types.ts';
import { withDatabase } from '../../glue-catalog/catalog.ts';
import { DATA_LAKE_PREFIX, DATABASE, parseS3Uri, PROCESSED_PREFIX, QUERY_COLUMNS, TABLE_NAME } from '../athena.ts';

/** Hive/Athena types a fare, a tip or a payment code can be summed or averaged as. */
const NUMERIC = /^(tinyint|smallint|int|integer|bigint|float|double|real|decimal(\(\d+,\s*\d+\))?)$/i;

/** Under processed/ of a data-lake bucket (`s3://taxis-datalake-…/processed/…`). */
function overProcessed(table: TableInfo): boolean {
  const target = table.location ? parseS3Uri(table.location) : undefined;
  return !!target && target.bucket.startsWith(DATA_LAKE_PREFIX) && target.prefix.startsWith(PROCESSED_PREFIX);
}

const isParquet = (t: TableInfo) => t.classification?.toLowerCase() === 'parquet' || /parquet/i.test(t.serde ?? '');

export default defineCheck({
  id: 'glue_table_processed_parquet',
  cli: 'aws athena start-query-execution --work-group taxis --query-execution-context Database=taxis --query-string file://create-taxi-trips.sql',
  points: 1,
  title: {
    es: `La base de datos ${DATABASE} tiene una tabla en Parquet sobre processed/ con las columnas limpias`,
    en: `The ${DATABASE} database has a Parquet table over processed/ with the cleaned columns`,
  },
  hint: {
    es: `Registra los viajes limpios que el job de Glue escribió en processed/ como tabla ${TABLE_NAME} de la base de datos ${DATABASE}: con CREATE EXTERNAL TABLE … STORED AS PARQUET LOCATION 's3://<tu-data-lake>/processed/trips/' en Athena, o con un crawler sobre esa carpeta. Debe tener las columnas ${QUERY_COLUMNS.join(', ')} con tipos numéricos.`,
    en: `Register the clean trips the Glue job wrote to processed/ as table ${TABLE_NAME} of the ${DATABASE} database: with CREATE EXTERNAL TABLE … STORED AS PARQUET LOCATION 's3://<your-data-lake>/processed/trips/' in Athena, or with a crawler over that folder. It needs the columns ${QUERY_COLUMNS.join(', ')} with numeric types.`,
  },
  // The database is found as the glue-catalog lab finds it: `taxis`, or `taxis_<suffix>`.
  run: (ctx) => withDatabase(ctx, async (db) => {
    const tables = await ctx.glue.listTables(db.name);
    const seen = tables.map((t) => ({ name: t.name, location: t.location ?? null })).slice(0, 50);
    // The lesson's name first, then any other table over processed/.
    const candidates = tables.filter(overProcessed).sort((a, b) => Number(b.name === TABLE_NAME) - Number(a.name === TABLE_NAME));
    const table = candidates[0];
    if (!table) {
      return fail(
        {
          es: `Ninguna tabla de la base de datos ${db.name} apunta a processed/ de un bucket ${DATA_LAKE_PREFIX}….`,
          en: `No table of the ${db.name} database points at processed/ of a ${DATA_LAKE_PREFIX}… bucket.`,
        },
        { database: db.name, lookedFor: { locationPrefix: `s3://${DATA_LAKE_PREFIX}…/${PROCESSED_PREFIX}` }, tablesSeen: seen },
      );
    }
    const types = Object.fromEntries(table.columns.map((c) => [c.name.toLowerCase(), c.type]));
    const missing = QUERY_COLUMNS.filter((name) => !(name in types));
    const notNumeric = QUERY_COLUMNS.filter((name) => name in types && !NUMERIC.test(types[name]!));
    const evidence = {
      resource: `${db.name}.${table.name}`, location: table.location, serde: table.serde ?? null, classification: table.classification ?? null,
      columns: table.columns.map((c) => `${c.name} ${c.type}`), required: QUERY_COLUMNS, otherTablesOverProcessed: candidates.slice(1).map((t) => t.name),
    };
    if (!isParquet(table)) {
      return fail({ es: `La tabla ${table.name} no lee Parquet (SerDe ${table.serde ?? 'ninguno'}).`, en: `Table ${table.name} does not read Parquet (SerDe ${table.serde ?? 'none'}).` }, evidence);
    }
    if (missing.length) {
      return fail({ es: `A la tabla ${table.name} le faltan columnas: ${missing.join(', ')}.`, en: `Table ${table.name} lacks columns: ${missing.join(', ')}.` }, evidence);
    }
    if (notNumeric.length) {
      const list = notNumeric.map((n) => `${n} ${types[n]}`).join(', ');
      return fail({ es: `Estas columnas de ${table.name} no son numéricas: ${list}.`, en: `These columns of ${table.name} are not numeric: ${list}.` }, evidence);
    }
    return pass(
      { es: `La tabla ${db.name}.${table.name} lee en Parquet ${table.location}.`, en: `Table ${db.name}.${table.name} reads Parquet at ${table.location}.` },
      evidence,
    );
  }),
});
