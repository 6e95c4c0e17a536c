import { defineCheck } from '../../../checker/core/define.ts';
import { trustVerdict } from '../../shared/ec2-role.ts';
import { GLUE_SERVICE, ROLE_NAME, withGlueRole } from '../catalog.ts';

export default defineCheck({
  id: 'glue_role_trusts_glue_only',
  cli: 'aws iam update-assume-role-policy --role-name TaxisGlueServiceRole --policy-document file://glue-trust.json',
  points: 1,
  title: { es: `Existe el rol ${ROLE_NAME} y solo Glue puede asumirlo`, en: `The ${ROLE_NAME} role exists and only Glue can assume it` },
  hint: {
    es: `Crea el rol ${ROLE_NAME} (o ${ROLE_NAME}-tu-nombre si compartes la cuenta) con una política de confianza que permita sts:AssumeRole a Principal {"Service": "${GLUE_SERVICE}"} y a nadie más. En la consola, es el caso de uso «Glue» de AWS service.`,
    en: `Create the ${ROLE_NAME} role (or ${ROLE_NAME}-your-name if you share the account) with a trust policy that allows sts:AssumeRole to Principal {"Service": "${GLUE_SERVICE}"} and nobody else. In the console, that is the "Glue" use case of AWS service.`,
  },
  run: (ctx) => withGlueRole(ctx, async (role) => trustVerdict(role, GLUE_SERVICE, { otherMatchingRoles: role.others })),
});
