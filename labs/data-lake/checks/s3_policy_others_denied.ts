import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { anyAccess, describeRequest, judge, otherCallers, policyEvidence, withPolicy } from '../lake.ts';

export default defineCheck({
  id: 's3_policy_others_denied',
  points: 1,
  title: {
    es: 'La política del bucket no concede nada a nadie más (ni "*", ni otras cuentas, ni otros roles, ni el servicio Glue)',
    en: 'The bucket policy grants nothing to anyone else (not "*", other accounts, other roles or the Glue service)',
  },
  hint: {
    es: 'Cada instrucción Allow debe nombrar el ARN del rol de Glue en Principal (o Principal "*" con una condición aws:PrincipalArn igual a ese ARN). Quita las que nombren "*", otra cuenta, otro rol o glue.amazonaws.com: Glue entra en S3 con las credenciales de su rol, no como servicio.',
    en: 'Every Allow statement must name the Glue role\'s ARN as its Principal (or Principal "*" with an aws:PrincipalArn condition equal to that ARN). Remove those that name "*", another account, another role or glue.amazonaws.com: Glue reaches S3 with its role\'s credentials, not as the service.',
  },
  cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://merged-policy.json',
  run: (ctx) =>
    withPolicy(ctx, async (scene) => {
      const answers = await judge(scene, otherCallers(scene), anyAccess);
      const leaks = answers.filter((a) => a.decision === 'allowed');
      const evidence = policyEvidence(scene, { callers: otherCallers(scene).map((c) => c.label), leaks });
      if (leaks.length === 0) {
        return pass(
          { es: `La política del bucket ${scene.bucket.name} no concede acceso a nadie más que al rol de Glue.`, en: `The policy of bucket ${scene.bucket.name} grants access to no one but the Glue role.` },
          evidence,
        );
      }
      const list = leaks.map((l) => `${l.caller}: ${describeRequest(l)}`).join('; ');
      return fail(
        { es: `La política del bucket ${scene.bucket.name} concede acceso a otros: ${list}.`, en: `The policy of bucket ${scene.bucket.name} grants access to others: ${list}.` },
        evidence,
      );
    }),
});
