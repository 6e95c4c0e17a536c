import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { describeRequest, glueCaller, glueWork, judge, policyEvidence, PROCESSED_PREFIX, RAW_PREFIX, withGlueRoleOf, withPolicy } from '../lake.ts';

export default defineCheck({
  id: 's3_policy_glue_access_granted',
  points: 1,
  title: {
    es: `La política del bucket deja al rol de Glue listar y leer ${RAW_PREFIX} y leer y escribir ${PROCESSED_PREFIX}`,
    en: `The bucket policy lets the Glue role list and read ${RAW_PREFIX} and read and write ${PROCESSED_PREFIX}`,
  },
  hint: {
    es: `Añade a la política del bucket instrucciones Allow con Principal {"AWS": "<ARN del rol TaxisGlueServiceRole>"}: s3:ListBucket sobre el bucket (puedes limitarlo con s3:prefix a ${RAW_PREFIX}*), s3:GetObject sobre <bucket>/${RAW_PREFIX}* y s3:GetObject y s3:PutObject sobre <bucket>/${PROCESSED_PREFIX}*. Conserva la instrucción que exige TLS.`,
    en: `Add Allow statements to the bucket policy with Principal {"AWS": "<TaxisGlueServiceRole's ARN>"}: s3:ListBucket on the bucket (you may limit it with s3:prefix to ${RAW_PREFIX}*), s3:GetObject on <bucket>/${RAW_PREFIX}* and s3:GetObject and s3:PutObject on <bucket>/${PROCESSED_PREFIX}*. Keep the statement that requires TLS.`,
  },
  cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://merged-policy.json',
  run: (ctx) =>
    withGlueRoleOf(ctx, (role) =>
      withPolicy(ctx, async (scene) => {
        const answers = await judge(scene, [glueCaller(role)], glueWork);
        const missing = answers.filter((a) => a.decision !== 'allowed');
        const evidence = policyEvidence(scene, { role: role.arn, requests: answers });
        if (missing.length === 0) {
          return pass(
            { es: `La política del bucket ${scene.bucket.name} concede al rol ${role.name} lo que Glue necesita en ${RAW_PREFIX} y ${PROCESSED_PREFIX}.`, en: `The policy of bucket ${scene.bucket.name} grants role ${role.name} what Glue needs on ${RAW_PREFIX} and ${PROCESSED_PREFIX}.` },
            evidence,
          );
        }
        const list = missing.map(describeRequest).join('; ');
        return fail(
          { es: `La política del bucket ${scene.bucket.name} no concede al rol ${role.name}: ${list}.`, en: `The policy of bucket ${scene.bucket.name} does not grant role ${role.name}: ${list}.` },
          evidence,
        );
      })),
});
