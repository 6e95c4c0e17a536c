import type { PublicAccessBlock } from '../../../checker/services/s3/types.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/** AWS applies the stricter of the bucket and account settings, one setting at a time. */
function missingSettings(bucket?: PublicAccessBlock, account?: PublicAccessBlock): string[] {
  return SETTINGS.filter((s) => !bucket?.[s] && !account?.[s]);
}

export default defineCheck({
  id: 's3_bucket_public_access_blocked',
  cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: 'El acceso público está bloqueado (los cuatro ajustes)',
    en: 'Public access is blocked (all four settings)',
  },
  hint: {
    es: 'Activa «Bloquear todo el acceso público» en el bucket (o en la cuenta): los cuatro ajustes deben estar activos.',
    en: 'Turn on "Block all public access" on the bucket (or the account): all four settings must be on.',
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const onBucket = await ctx.s3.publicAccessBlock(bucket.name);
      // The account-wide settings are read only when the bucket's own do not already cover everything.
      const onAccount = missingSettings(onBucket).length ? await ctx.s3.accountPublicAccessBlock() : undefined;
      const missing = missingSettings(onBucket, onAccount);
      const evidence = bucketEvidence(bucket, {
        bucketSettings: onBucket ?? null,
        ...(missingSettings(onBucket).length ? { accountSettings: onAccount ?? null } : {}),
        missing,
      });
      if (missing.length === 0) {
        return pass({ es: `El bucket ${bucket.name} tiene bloqueado todo el acceso público.`, en: `Bucket ${bucket.name} has all public access blocked.` }, evidence);
      }
      return fail(
        {
          es: `Al bucket ${bucket.name} le faltan ajustes de bloqueo de acceso público: ${missing.join(', ')}.`,
          en: `Bucket ${bucket.name} is missing Block Public Access settings: ${missing.join(', ')}.`,
        },
        evidence,
      );
    }),
});
