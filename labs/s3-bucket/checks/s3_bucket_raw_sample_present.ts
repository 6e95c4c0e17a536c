import { REQUIRED_TAXI_COLUMNS } from '../../../data/taxi-columns.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';
import { RAW_PREFIX } from './s3_bucket_lifecycle_configured.ts';

/** Enough bytes for any CSV header line; the rest of the object is never downloaded. */
export const HEADER_BYTES = 2048;
const MAX_LISTED = 100;
const MAX_READ = 5;

export function headerColumns(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
}

export function missingColumns(text: string): string[] {
  const columns = new Set(headerColumns(text));
  return REQUIRED_TAXI_COLUMNS.filter((c) => !columns.has(c.toLowerCase()));
}

export default defineCheck({
  id: 's3_bucket_raw_sample_present',
  cli: 'aws s3 cp data/taxi-sample.csv s3://<bucket>/raw/taxi-sample.csv',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: `Hay un CSV de viajes de taxi bajo ${RAW_PREFIX}`,
    en: `A taxi-trip CSV lies under ${RAW_PREFIX}`,
  },
  hint: {
    es: `Sube la muestra del proyecto (data/taxi-sample.csv) a ${RAW_PREFIX}, por ejemplo: aws s3 cp data/taxi-sample.csv s3://<bucket>/${RAW_PREFIX}taxi-sample.csv.`,
    en: `Upload the project's sample (data/taxi-sample.csv) under ${RAW_PREFIX}, for example: aws s3 cp data/taxi-sample.csv s3://<bucket>/${RAW_PREFIX}taxi-sample.csv.`,
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const objects = (await ctx.s3.listObjects(bucket.name, RAW_PREFIX, MAX_LISTED)).filter((o) => o.size > 0 && !o.key.endsWith('/'));
      const csvFirst = [...objects].sort((a, b) => Number(b.key.toLowerCase().endsWith('.csv')) - Number(a.key.toLowerCase().endsWith('.csv')));
      const inspected: { key: string; missingColumns: string[] }[] = [];
      for (const object of csvFirst.slice(0, MAX_READ)) {
        const missing = missingColumns(await ctx.s3.readObjectStart(bucket.name, object.key, HEADER_BYTES));
        inspected.push({ key: object.key, missingColumns: missing });
        if (missing.length === 0) {
          return pass(
            { es: `El objeto ${object.key} del bucket ${bucket.name} es un CSV con las columnas de los taxis.`, en: `Object ${object.key} in bucket ${bucket.name} is a CSV with the taxi columns.` },
            bucketEvidence(bucket, { key: object.key, bytesRead: HEADER_BYTES, requiredColumns: REQUIRED_TAXI_COLUMNS }),
          );
        }
      }
      const evidence = bucketEvidence(bucket, { prefix: RAW_PREFIX, objectsFound: objects.length, inspected, requiredColumns: REQUIRED_TAXI_COLUMNS });
      if (objects.length === 0) {
        return fail({ es: `El bucket ${bucket.name} no tiene objetos bajo ${RAW_PREFIX}.`, en: `Bucket ${bucket.name} has no objects under ${RAW_PREFIX}.` }, evidence);
      }
      return fail(
        { es: `Ningún objeto bajo ${RAW_PREFIX} en el bucket ${bucket.name} tiene la cabecera de los viajes de taxi.`, en: `No object under ${RAW_PREFIX} in bucket ${bucket.name} has the taxi-trip header.` },
        evidence,
      );
    }),
});
