import { asArray, conditionValues, coversAllS3Actions, isEveryone, statementsOf, wildcardMatch } from '../../../checker/aws/policy.ts';
import type { PolicyStatement } from '../../../checker/services/s3/types.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { bucketEvidence, withBucket } from '../bucket.ts';

/**
 * A statement that denies, to everyone, every S3 action when the request did not use TLS.
 * Any other condition would narrow the deny, so it must be the only one.
 */
function deniesInsecureTransport(s: PolicyStatement): boolean {
  if (s.Effect !== 'Deny' || !isEveryone(s.Principal) || !coversAllS3Actions(s.Action)) return false;
  const operators = Object.keys(s.Condition ?? {});
  const keys = Object.values(s.Condition ?? {}).flatMap((entries) => Object.keys(entries));
  if (operators.length !== 1 || keys.length !== 1) return false;
  const values = conditionValues(s.Condition, ['Bool', 'BoolIfExists'], 'aws:SecureTransport');
  return values !== undefined && values.length > 0 && values.every((v) => String(v).toLowerCase() === 'false');
}

/** Which of the bucket and "all its objects" a set of resource patterns covers. */
export function coverage(resources: string[], bucket: string) {
  const bucketArn = `arn:aws:s3:::${bucket}`;
  return {
    bucket: resources.some((r) => wildcardMatch(r, bucketArn)),
    // A pattern covers every object key only if it ends in `*` and already matches `<bucket>/`.
    objects: resources.some((r) => r.endsWith('*') && wildcardMatch(r, `${bucketArn}/`)),
  };
}

export default defineCheck({
  id: 's3_bucket_tls_enforced',
  cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-insecure-transport.json',
  points: 1,
  needs: ['s3_bucket_exists'],
  title: {
    es: 'La política del bucket rechaza las peticiones sin TLS',
    en: 'The bucket policy denies requests without TLS',
  },
  hint: {
    es: 'Añade a la política del bucket una instrucción Deny para Principal "*", Action "s3:*", sobre el bucket y sobre "<bucket>/*", con la condición Bool aws:SecureTransport = "false".',
    en: 'Add a Deny statement to the bucket policy for Principal "*", Action "s3:*", on the bucket and on "<bucket>/*", with the condition Bool aws:SecureTransport = "false".',
  },
  run: (ctx) =>
    withBucket(ctx, async (bucket) => {
      const policy = await ctx.s3.policy(bucket.name);
      if (!policy) {
        return fail(
          { es: `El bucket ${bucket.name} no tiene política de bucket.`, en: `Bucket ${bucket.name} has no bucket policy.` },
          bucketEvidence(bucket, { policy: null }),
        );
      }
      const denying = statementsOf(policy).filter(deniesInsecureTransport);
      const covered = coverage(denying.flatMap((s) => asArray(s.Resource)), bucket.name);
      const evidence = bucketEvidence(bucket, {
        tlsDenyStatements: denying.map((s) => ({ sid: s.Sid, resource: s.Resource })),
        coversBucket: covered.bucket,
        coversAllObjects: covered.objects,
        statementsInPolicy: statementsOf(policy).length,
      });
      if (covered.bucket && covered.objects) {
        return pass({ es: `La política del bucket ${bucket.name} rechaza todo acceso sin TLS.`, en: `The policy of bucket ${bucket.name} denies all access without TLS.` }, evidence);
      }
      if (denying.length === 0) {
        return fail(
          { es: `La política del bucket ${bucket.name} no rechaza las peticiones sin TLS para todos ni para todas las acciones.`, en: `The policy of bucket ${bucket.name} does not deny non-TLS requests for everyone and every action.` },
          evidence,
        );
      }
      const gap = !covered.bucket ? { es: 'el propio bucket', en: 'the bucket itself' } : { es: 'todos sus objetos', en: 'all of its objects' };
      return fail(
        { es: `La política del bucket ${bucket.name} rechaza el acceso sin TLS, pero no cubre ${gap.es}.`, en: `The policy of bucket ${bucket.name} denies non-TLS access but does not cover ${gap.en}.` },
        evidence,
      );
    }),
});
