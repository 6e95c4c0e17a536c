import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

/** SSE-S3 (AES256), SSE-KMS, and dual-layer SSE-KMS all encrypt every new object at rest. */
const ACCEPTED = new Map([
  ['AES256', 'SSE-S3'],
  ['aws:kms', 'SSE-KMS'],
  ['aws:kms:dsse', 'DSSE-KMS'],
]);

export default defineCheck({
  id: 's3_bucket_default_encryption',
  cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}\'',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: 'El cifrado predeterminado es SSE-S3 o SSE-KMS',
    en: 'Default encryption is SSE-S3 or SSE-KMS',
  },
  hint: {
    es: 'En «Propiedades → Cifrado predeterminado», elige SSE-S3 o SSE-KMS.',
    en: 'Under "Properties → Default encryption", choose SSE-S3 or SSE-KMS.',
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const rules = await ctx.s3.encryption(bucket.name);
      const accepted = rules?.find((r) => ACCEPTED.has(r.algorithm));
      const evidence = bucketEvidence(bucket, { rules: rules ?? null });
      if (accepted) {
        const kind = ACCEPTED.get(accepted.algorithm);
        return pass({ es: `El bucket ${bucket.name} cifra por defecto con ${kind}.`, en: `Bucket ${bucket.name} encrypts by default with ${kind}.` }, evidence);
      }
      return fail(
        rules?.length
          ? { es: `El bucket ${bucket.name} usa un cifrado predeterminado no admitido (${rules.map((r) => r.algorithm).join(', ')}).`, en: `Bucket ${bucket.name} uses an unsupported default encryption (${rules.map((r) => r.algorithm).join(', ')}).` }
          : { es: `El bucket ${bucket.name} no tiene cifrado predeterminado.`, en: `Bucket ${bucket.name} has no default encryption.` },
        evidence,
      );
    }),
});
