import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

export default defineCheck({
  id: 's3_bucket_versioning_enabled',
  cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: { es: 'El bucket tiene el versionado activado', en: 'The bucket has versioning enabled' },
  hint: {
    es: 'En «Propiedades → Control de versiones», elige «Habilitar». Un versionado suspendido no cuenta.',
    en: 'Under "Properties → Bucket Versioning", choose "Enable". Suspended versioning does not count.',
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const status = await ctx.s3.versioning(bucket.name);
      const evidence = bucketEvidence(bucket, { expected: 'Enabled', found: status ?? null });
      if (status === 'Enabled') {
        return pass({ es: `El bucket ${bucket.name} tiene el versionado activado.`, en: `Bucket ${bucket.name} has versioning enabled.` }, evidence);
      }
      return fail(
        status === 'Suspended'
          ? { es: `El versionado del bucket ${bucket.name} está suspendido.`, en: `Versioning of bucket ${bucket.name} is suspended.` }
          : { es: `El bucket ${bucket.name} nunca ha tenido el versionado activado.`, en: `Bucket ${bucket.name} has never had versioning enabled.` },
        evidence,
      );
    }),
});
