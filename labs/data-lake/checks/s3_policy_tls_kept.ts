import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { adminCaller, describeRequest, judge, policyEvidence, tlsSample, withPolicy } from '../lake.ts';

export default defineCheck({
  id: 's3_policy_tls_kept',
  points: 1,
  title: {
    es: 'La política del bucket sigue rechazando las peticiones sin TLS, incluso las de un administrador',
    en: 'The bucket policy still denies requests without TLS, even an administrator\'s',
  },
  hint: {
    es: 'Al añadir las instrucciones de Glue, conserva la del laboratorio del bucket S3: Deny para Principal "*", Action "s3:*", sobre el bucket y "<bucket>/*", con Bool aws:SecureTransport = "false". put-bucket-policy sustituye la política entera: parte de la que devuelve get-bucket-policy.',
    en: 'When you add the Glue statements, keep the one from the S3 bucket lab: Deny for Principal "*", Action "s3:*", on the bucket and "<bucket>/*", with Bool aws:SecureTransport = "false". put-bucket-policy replaces the whole policy: start from what get-bucket-policy returns.',
  },
  cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://merged-policy.json',
  run: (ctx) =>
    withPolicy(ctx, async (scene) => {
      const answers = await judge(scene, [adminCaller(scene)], tlsSample, false);
      const through = answers.filter((a) => a.decision !== 'explicit-deny');
      const evidence = policyEvidence(scene, { caller: adminCaller(scene).label, requestsWithoutTls: answers });
      if (through.length === 0) {
        return pass(
          { es: `La política del bucket ${scene.bucket.name} rechaza sin TLS el acceso al bucket y a sus objetos.`, en: `The policy of bucket ${scene.bucket.name} denies access to the bucket and its objects without TLS.` },
          evidence,
        );
      }
      const list = through.map(describeRequest).join('; ');
      return fail(
        { es: `La política del bucket ${scene.bucket.name} no rechaza sin TLS: ${list}.`, en: `The policy of bucket ${scene.bucket.name} does not deny without TLS: ${list}.` },
        evidence,
      );
    }),
});
