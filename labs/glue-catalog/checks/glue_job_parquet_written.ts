import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { Localized } from '../../../checker/core/i18n.ts';
import { PROCESSED_PREFIX, withDataLake } from '../catalog.ts';
import { isNumeric, readParquetFooter, type ParquetFooter } from '../parquet.ts';

/** How many objects under processed/ are listed, and how many footers read at most: a bounded check. */
const MAX_LISTED = 500;
const MAX_FILES = 20;

/** The cleaned columns the lesson's job writes, and what their type must be. */
export const CLEANED_COLUMNS: readonly { name: string; kind: 'timestamp' | 'numeric' }[] = [
  { name: 'tpep_pickup_datetime', kind: 'timestamp' },
  { name: 'tpep_dropoff_datetime', kind: 'timestamp' },
  { name: 'trip_distance', kind: 'numeric' },
  { name: 'fare_amount', kind: 'numeric' },
  { name: 'payment_type', kind: 'numeric' },
];
/** Cleaning drops trips with a non-positive fare or distance: the footer's minimums must be above zero. */
const POSITIVE = ['fare_amount', 'trip_distance'];

interface FileVerdict {
  key: string;
  size: number;
  rows?: number;
  columns?: string[];
  problems: Localized[];
}

const KIND_ES = { timestamp: 'timestamp', numeric: 'numérica' } as const;

function judge(footer: ParquetFooter): Localized[] {
  const types = new Map(footer.columns.map((c) => [c.name.toLowerCase(), c.type]));
  const problems: Localized[] = [];
  for (const col of CLEANED_COLUMNS) {
    const type = types.get(col.name);
    if (type === undefined) problems.push({ es: `falta ${col.name}`, en: `missing ${col.name}` });
    else if (col.kind === 'timestamp' ? type !== 'timestamp' : !isNumeric(type)) {
      problems.push({ es: `${col.name} es ${type}, no ${KIND_ES[col.kind]}`, en: `${col.name} is ${type}, not ${col.kind}` });
    }
  }
  for (const name of POSITIVE) {
    const column = footer.columns.find((c) => c.name.toLowerCase() === name)?.name;
    const min = column === undefined ? undefined : footer.minimums[column];
    if (typeof min === 'number' && min <= 0) problems.push({ es: `${name} tiene valores ≤ 0 (mínimo ${min})`, en: `${name} has values ≤ 0 (min ${min})` });
  }
  if (footer.rows === 0) problems.push({ es: 'no tiene filas', en: 'no rows' });
  return problems;
}

const folderOf = (key: string) => key.slice(0, key.lastIndexOf('/') + 1);

export default defineCheck({
  id: 'glue_job_parquet_written',
  cli: 'aws s3 cp labs/glue-catalog/job/raw_to_parquet.py s3://<bucket>/scripts/raw_to_parquet.py && aws glue start-job-run --job-name taxis-raw-to-parquet',
  relies: ['glue.job-runs'],
  points: 1,
  needs: ['glue_job_last_run_succeeded'],
  title: {
    es: 'El job dejó en processed/ archivos Parquet con las columnas limpias',
    en: 'The job left Parquet files under processed/ with the cleaned columns',
  },
  hint: {
    es: `El script debe escribir archivos .parquet bajo processed/ (por ejemplo processed/trips/trips.parquet) con ${CLEANED_COLUMNS.map((c) => c.name).join(', ')} en minúsculas, las dos fechas convertidas a timestamp (pd.to_datetime) y sin viajes con fare_amount o trip_distance de cero o menos. El comprobador lee solo el pie de cada archivo: esquema, filas y mínimos.`,
    en: `The script must write .parquet files under processed/ (for example processed/trips/trips.parquet) with ${CLEANED_COLUMNS.map((c) => c.name).join(', ')} in lower case, both dates converted to timestamps (pd.to_datetime) and no trips whose fare_amount or trip_distance is zero or less. The checker reads only each file's footer: schema, rows and minimums.`,
  },
  run: (ctx) =>
    withDataLake(ctx, async (bucket) => {
      const listed = await ctx.s3.listObjects(bucket.name, PROCESSED_PREFIX, MAX_LISTED);
      const parquet = listed.filter((o) => o.key.toLowerCase().endsWith('.parquet')).slice(0, MAX_FILES);
      const files: FileVerdict[] = [];
      for (const o of parquet) {
        const footer = await readParquetFooter(ctx, bucket.name, o.key, o.size);
        files.push('error' in footer
          ? { key: o.key, size: o.size, problems: [footer.error] }
          : { key: o.key, size: o.size, rows: footer.rows, columns: footer.columns.map((c) => `${c.name}:${c.type}`), problems: judge(footer) });
      }
      // A folder is one data set: every Parquet file in it must be clean for it to count.
      const folders = [...new Set(files.map((f) => folderOf(f.key)))];
      const clean = folders.find((folder) => files.filter((f) => folderOf(f.key) === folder).every((f) => !f.problems.length));
      const evidence = {
        resource: bucket.arn, prefix: PROCESSED_PREFIX, expectedColumns: CLEANED_COLUMNS.map((c) => `${c.name}:${c.kind}`),
        files: files.map((f) => ({ ...f, problems: f.problems.map((p) => p.en) })), otherObjects: listed.filter((o) => !parquet.includes(o)).map((o) => o.key).slice(0, 20),
      };
      if (!files.length) {
        return fail(
          { es: `No hay ningún archivo .parquet bajo s3://${bucket.name}/${PROCESSED_PREFIX}.`, en: `There is no .parquet file under s3://${bucket.name}/${PROCESSED_PREFIX}.` },
          evidence,
        );
      }
      if (!clean) {
        const bad = files.find((f) => f.problems.length)!;
        return fail(
          { es: `El archivo ${bad.key} no tiene las columnas limpias: ${bad.problems.map((p) => p.es).join('; ')}.`, en: `File ${bad.key} does not have the cleaned columns: ${bad.problems.map((p) => p.en).join('; ')}.` },
          evidence,
        );
      }
      const inFolder = files.filter((f) => folderOf(f.key) === clean);
      const rows = inFolder.reduce((n, f) => n + (f.rows ?? 0), 0);
      return pass(
        { es: `${clean} tiene ${inFolder.length} archivo(s) Parquet con las columnas limpias y ${rows} filas.`, en: `${clean} holds ${inFolder.length} Parquet file(s) with the cleaned columns and ${rows} rows.` },
        { ...evidence, folder: clean, rows },
      );
    }),
});
