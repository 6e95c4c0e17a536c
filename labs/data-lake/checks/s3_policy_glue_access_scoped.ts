import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { describeRequest, glueCaller, glueOverreach, judge, policyEvidence, PROCESSED_PREFIX, RAW_PREFIX, withGlueRoleOf, withPolicy } from '../lake.ts';

export default defineCheck({
  id: 's3_policy_glue_access_scoped',
  points: 1,
  title: {
    es: `La política del bucket no deja al rol de Glue cambiar ${RAW_PREFIX}, salir de ${RAW_PREFIX} y ${PROCESSED_PREFIX} ni gestionar el bucket`,
    en: `The bucket policy does not let the Glue role change ${RAW_PREFIX}, leave ${RAW_PREFIX} and ${PROCESSED_PREFIX} or manage the bucket`,
  },
  hint: {
    es: `En las instrucciones del rol de Glue usa acciones concretas (nada de s3:*) y recursos concretos: <bucket>/${RAW_PREFIX}* solo para s3:GetObject, <bucket>/${PROCESSED_PREFIX}* para s3:GetObject y s3:PutObject, nunca <bucket>/*.`,
    en: `In the Glue role's statements use specific actions (no s3:*) and specific resources: <bucket>/${RAW_PREFIX}* for s3:GetObject only, <bucket>/${PROCESSED_PREFIX}* for s3:GetObject and s3:PutObject, never <bucket>/*.`,
  },
  cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://merged-policy.json',
  run: (ctx) =>
    withGlueRoleOf(ctx, (role) =>
      withPolicy(ctx, async (scene) => {
        const answers = await judge(scene, [glueCaller(role)], glueOverreach);
        const excess = answers.filter((a) => a.decision === 'allowed');
        const evidence = policyEvidence(scene, { role: role.arn, requests: answers });
        if (excess.length === 0) {
          return pass(
            { es: `La política del bucket ${scene.bucket.name} no da al rol ${role.name} más de lo que Glue necesita.`, en: `The policy of bucket ${scene.bucket.name} gives role ${role.name} no more than Glue needs.` },
            evidence,
          );
        }
        const list = excess.map(describeRequest).join('; ');
        return fail(
          { es: `La política del bucket ${scene.bucket.name} da de más al rol ${role.name}: ${list}.`, en: `The policy of bucket ${scene.bucket.name} gives role ${role.name} too much: ${list}.` },
          evidence,
        );
      })),
});
