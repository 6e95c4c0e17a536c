import { defineCheck, pass } from '../../../checker/core/define.ts';
import { plural } from '../../../checker/core/plural.ts';
import { BUCKET_PREFIX, findBucket, noBucketFound } from '../bucket.ts';

export default defineCheck({
  id: 's3_bucket_exists',
  cli: 'aws s3api create-bucket --bucket taxis-datalake-<your-name>-<account> --region <region>',
  points: 1,
  title: {
    es: `Existe el bucket ${BUCKET_PREFIX}… en la región del laboratorio`,
    en: `The ${BUCKET_PREFIX}… bucket exists in the lab region`,
  },
  hint: {
    es: `Crea un bucket cuyo nombre empiece por ${BUCKET_PREFIX} (por ejemplo ${BUCKET_PREFIX}tu-nombre-123456789012) en la región del laboratorio.`,
    en: `Create a bucket whose name starts with ${BUCKET_PREFIX} (for example ${BUCKET_PREFIX}your-name-123456789012) in the lab region.`,
  },
  run: async (ctx) => {
    const { graded, seen } = await findBucket(ctx);
    if (!graded) return noBucketFound(ctx, seen);
    // With --resource the grader chose the bucket; otherwise the newest one is graded.
    const chosen = [ctx.settings.resource ?? []].flat().includes(graded.name);
    const why = chosen
      ? { es: 'se califica el elegido con --resource', en: 'the one chosen with --resource is graded' }
      : { es: 'se califica el más reciente', en: 'the newest is graded' };
    const others = graded.others.length
      ? { es: ` ${plural('es', graded.others.length, { one: 'bucket más tiene', other: 'buckets más tienen' })} ese prefijo; ${why.es}.`, en: ` ${plural('en', graded.others.length, { one: 'more bucket has', other: 'more buckets have' })} that prefix; ${why.en}.` }
      : { es: '', en: '' };
    return pass(
      {
        es: `El bucket ${graded.name} existe en ${graded.region}.${others.es}`,
        en: `Bucket ${graded.name} exists in ${graded.region}.${others.en}`,
      },
      { resource: graded.arn, region: graded.region, createdAt: graded.createdAt, otherMatchingBuckets: graded.others },
    );
  },
});
