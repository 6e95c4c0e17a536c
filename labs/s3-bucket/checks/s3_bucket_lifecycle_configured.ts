import type { LifecycleRule } from '../../../checker/services/s3/types.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

export const RAW_PREFIX = 'raw/';
export const MIN_TRANSITION_DAYS = 30;
const COLDER_CLASSES = ['STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];

/** An enabled rule that applies to every object under raw/ (its prefix is raw/, a shorter prefix of it, or empty). */
function appliesToAllRaw(rule: LifecycleRule): boolean {
  return rule.enabled && !rule.hasTagOrSizeFilter && RAW_PREFIX.startsWith(rule.prefix);
}

function movesToColderClass(rule: LifecycleRule): boolean {
  return rule.transitions.some((t) => t.days !== undefined && t.days >= MIN_TRANSITION_DAYS && COLDER_CLASSES.includes(t.storageClass));
}

function expiresNoncurrent(rule: LifecycleRule): boolean {
  return rule.noncurrentExpirationDays !== undefined && rule.noncurrentExpirationDays > 0;
}

export default defineCheck({
  id: 's3_bucket_lifecycle_configured',
  cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: 'El ciclo de vida archiva raw/ y expira las versiones antiguas',
    en: 'The lifecycle archives raw/ and expires old versions',
  },
  hint: {
    es: `Crea reglas de ciclo de vida activas que pasen los objetos de ${RAW_PREFIX} (o de todo el bucket) a una clase más fría, como STANDARD_IA, a los ${MIN_TRANSITION_DAYS} días o más, y que hagan caducar las versiones no actuales.`,
    en: `Create enabled lifecycle rules that move objects under ${RAW_PREFIX} (or the whole bucket) to a colder class such as STANDARD_IA after ${MIN_TRANSITION_DAYS} days or more, and that expire noncurrent versions.`,
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const rules = await ctx.s3.lifecycleRules(bucket.name);
      if (!rules?.length) {
        return fail(
          { es: `El bucket ${bucket.name} no tiene reglas de ciclo de vida.`, en: `Bucket ${bucket.name} has no lifecycle rules.` },
          bucketEvidence(bucket, { rules: null }),
        );
      }
      const applicable = rules.filter(appliesToAllRaw);
      const transition = applicable.find(movesToColderClass);
      const noncurrent = applicable.find(expiresNoncurrent);
      const evidence = bucketEvidence(bucket, {
        rules,
        transitionRule: transition?.id ?? null,
        noncurrentExpirationRule: noncurrent?.id ?? null,
      });
      if (transition && noncurrent) {
        return pass(
          { es: `El ciclo de vida del bucket ${bucket.name} archiva ${RAW_PREFIX} y expira las versiones no actuales.`, en: `The lifecycle of bucket ${bucket.name} archives ${RAW_PREFIX} and expires noncurrent versions.` },
          evidence,
        );
      }
      const missing = [
        ...(transition ? [] : [{ es: `pasar ${RAW_PREFIX} a una clase más fría a los ${MIN_TRANSITION_DAYS} días o más`, en: `moving ${RAW_PREFIX} to a colder class after ${MIN_TRANSITION_DAYS} days or more` }]),
        ...(noncurrent ? [] : [{ es: 'expirar las versiones no actuales', en: 'expiring noncurrent versions' }]),
      ];
      return fail(
        {
          es: `Al ciclo de vida del bucket ${bucket.name} le falta una regla activa para ${missing.map((m) => m.es).join(' y ')}.`,
          en: `The lifecycle of bucket ${bucket.name} lacks an enabled rule for ${missing.map((m) => m.en).join(' and ')}.`,
        },
        evidence,
      );
    }),
});
