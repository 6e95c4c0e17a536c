import { defineCheck } from '../../../checker/core/define.ts';
import { trustVerdict } from '../../shared/ec2-role.ts';
import { ROLE_NAME, SAGEMAKER_SERVICE, withSageMakerRole } from '../ml.ts';

export default defineCheck({
  id: 'sagemaker_role_trusts_sagemaker_only',
  points: 1,
  title: { es: `Existe el rol ${ROLE_NAME} y solo SageMaker puede asumirlo`, en: `The ${ROLE_NAME} role exists and only SageMaker can assume it` },
  hint: {
    es: `Crea el rol ${ROLE_NAME} (o ${ROLE_NAME}-tu-nombre si compartes la cuenta) con una política de confianza que permita sts:AssumeRole a Principal {"Service": "${SAGEMAKER_SERVICE}"} y a nadie más.`,
    en: `Create the ${ROLE_NAME} role (or ${ROLE_NAME}-your-name if you share the account) with a trust policy that allows sts:AssumeRole to Principal {"Service": "${SAGEMAKER_SERVICE}"} and nobody else.`,
  },
  cli: `aws iam update-assume-role-policy --role-name ${ROLE_NAME} --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"${SAGEMAKER_SERVICE}"},"Action":"sts:AssumeRole"}]}'`,
  run: (ctx) => withSageMakerRole(ctx, async (role) => trustVerdict(role, SAGEMAKER_SERVICE, { otherMatchingRoles: role.others })),
});
