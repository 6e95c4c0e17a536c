import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { TableInfo } from '../../../checker/services/glue/types.ts';
import { isUnder, RAW_PREFIX, withDataLake, withDatabase } from '../catalog.ts';

const NUMERIC = /^(tinyint|smallint|int|integer|bigint|float|double|real|decimal(\(\d+,\s*\d+\))?)$/;
/** A crawler's CSV classifier leaves dates as text; a hand-made table may type them. Both are fine. */
const TIMESTAMP_OR_TEXT = /^(timestamp|string|varchar(\(\d+\))?)$/;

/** The sample's key columns and the types a table over it may give them. */
export const KEY_COLUMNS: readonly { name: string; types: RegExp; expected: string }[] = [
  { name: 'tpep_pickup_datetime', types: TIMESTAMP_OR_TEXT, expected: 'timestamp|string' },
  { name: 'trip_distance', types: NUMERIC, expected: 'double (numeric)' },
  { name: 'payment_type', types: NUMERIC, expected: 'bigint (numeric)' },
  { name: 'fare_amount', types: NUMERIC, expected: 'double (numeric)' },
];

/** What is wrong with a table's key columns: missing ones and badly typed ones. */
function problems(table: TableInfo) {
  const byName = new Map(table.columns.map((c) => [c.name.toLowerCase(), c.type.toLowerCase()]));
  const missing = KEY_COLUMNS.filter((k) => !byName.has(k.name)).map((k) => k.name);
  const mistyped = KEY_COLUMNS.filter((k) => byName.has(k.name) && !k.types.test(byName.get(k.name)!)).map((k) => ({ column: k.name, type: byName.get(k.name)!, expected: k.expected }));
  return { missing, mistyped };
}

const describe = (t: TableInfo) => ({ table: t.name, location: t.location ?? null, classification: t.classification ?? null, columns: t.columns.map((c) => `${c.name}:${c.type}`) });

export default defineCheck({
  id: 'glue_table_raw_columns',
  cli: 'aws glue start-crawler --name taxis-raw && aws glue get-tables --database-name taxis',
  relies: ['glue.crawler-tables'],
  points: 1,
  needs: ['glue_database_exists'],
  title: {
    es: 'Una tabla del catálogo apunta a raw/ con las columnas clave de la muestra y tipos razonables',
    en: 'A catalog table points at raw/ with the sample\'s key columns and sensible types',
  },
  hint: {
    es: `Ejecuta el crawler sobre raw/ para que cree la tabla. Debe tener ${KEY_COLUMNS.map((k) => k.name).join(', ')}, con las cantidades en tipos numéricos (double, bigint). La fecha puede quedar como string, que es lo que deja el clasificador CSV de Glue, o como timestamp. Si todo sale string, la tabla se hizo con OpenCSVSerde: deja que el crawler la cree con su clasificador por defecto.`,
    en: `Run the crawler over raw/ so it creates the table. It must have ${KEY_COLUMNS.map((k) => k.name).join(', ')}, with the amounts in numeric types (double, bigint). The date may stay a string, which is what Glue's CSV classifier leaves, or be a timestamp. If everything comes out as string, the table was made with OpenCSVSerde: let the crawler create it with its default classifier.`,
  },
  run: (ctx) =>
    withDatabase(ctx, (db) =>
      withDataLake(ctx, async (bucket) => {
        const tables = await ctx.glue.listTables(db.name);
        const overRaw = tables.filter((t) => isUnder(t.location, bucket.name, RAW_PREFIX));
        const judged = overRaw.map((t) => ({ table: t, ...problems(t) }));
        const good = judged.find((j) => !j.missing.length && !j.mistyped.length);
        const evidence = {
          resource: bucket.arn, database: db.name, expectedLocation: `s3://${bucket.name}/${RAW_PREFIX}…`,
          tablesOverRaw: judged.map((j) => ({ ...describe(j.table), missing: j.missing, mistyped: j.mistyped })),
          otherTables: tables.filter((t) => !overRaw.includes(t)).map((t) => ({ table: t.name, location: t.location ?? null })),
        };
        if (good) {
          return pass(
            { es: `La tabla ${db.name}.${good.table.name} describe ${good.table.location} con las columnas clave bien tipadas.`, en: `Table ${db.name}.${good.table.name} describes ${good.table.location} with well-typed key columns.` },
            evidence,
          );
        }
        if (!judged.length) {
          return fail(
            { es: `Ninguna tabla de ${db.name} apunta a s3://${bucket.name}/${RAW_PREFIX}: ejecuta el crawler.`, en: `No table of ${db.name} points at s3://${bucket.name}/${RAW_PREFIX}: run the crawler.` },
            evidence,
          );
        }
        const first = judged[0]!;
        if (first.missing.length) {
          return fail(
            { es: `A la tabla ${first.table.name} le faltan columnas: ${first.missing.join(', ')}.`, en: `Table ${first.table.name} lacks columns: ${first.missing.join(', ')}.` },
            evidence,
          );
        }
        const list = first.mistyped.map((m) => `${m.column} (${m.type})`).join(', ');
        return fail({ es: `La tabla ${first.table.name} tiene columnas con un tipo que no sirve: ${list}.`, en: `Table ${first.table.name} has columns of an unsuitable type: ${list}.` }, evidence);
      })),
});
