import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

export default defineCheck({
  id: 's3_bucket_acls_disabled',
  cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls \'Rules=[{ObjectOwnership=BucketOwnerEnforced}]\'',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: 'Las ACL están desactivadas (propietario del bucket obligatorio)',
    en: 'ACLs are disabled (bucket owner enforced)',
  },
  hint: {
    es: 'En «Permisos → Propiedad de objetos», elige «ACL deshabilitadas» (BucketOwnerEnforced).',
    en: 'Under "Permissions → Object Ownership", choose "ACLs disabled" (BucketOwnerEnforced).',
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const ownership = await ctx.s3.objectOwnership(bucket.name);
      const evidence = bucketEvidence(bucket, { expected: 'BucketOwnerEnforced', found: ownership ?? null });
      if (ownership === 'BucketOwnerEnforced') {
        return pass({ es: `El bucket ${bucket.name} tiene las ACL desactivadas.`, en: `Bucket ${bucket.name} has ACLs disabled.` }, evidence);
      }
      return fail(
        ownership
          ? { es: `El bucket ${bucket.name} usa la propiedad de objetos ${ownership}, que mantiene las ACL activas.`, en: `Bucket ${bucket.name} uses object ownership ${ownership}, which keeps ACLs active.` }
          : { es: `El bucket ${bucket.name} no tiene controles de propiedad de objetos, así que las ACL siguen activas.`, en: `Bucket ${bucket.name} has no object ownership controls, so ACLs are still active.` },
        evidence,
      );
    }),
});
