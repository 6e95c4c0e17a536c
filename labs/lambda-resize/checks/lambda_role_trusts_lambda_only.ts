import { defineCheck, fail } from '../../../checker/core/define.ts';
import { trustVerdict } from '../../shared/ec2-role.ts';
import { executionRole, withFunction } from '../resize.ts';

const LAMBDA = 'lambda.amazonaws.com';

export default defineCheck({
  id: 'lambda_role_trusts_lambda_only',
  cli: 'aws iam update-assume-role-policy --role-name <function-role> --policy-document file://lambda-trust.json',
  points: 1,
  needs: ['lambda_function_python_runtime'],
  title: { es: 'El rol de ejecución solo lo puede asumir Lambda', en: 'Only Lambda can assume the execution role' },
  hint: {
    es: `La política de confianza del rol de la función debe permitir sts:AssumeRole a Principal {"Service": "${LAMBDA}"} y a nadie más.`,
    en: `The trust policy of the function's role must allow sts:AssumeRole to Principal {"Service": "${LAMBDA}"} and nobody else.`,
  },
  run: (ctx) =>
    withFunction(ctx, async (fn) => {
      const role = await executionRole(ctx, fn);
      if (!role) {
        return fail({ es: `El rol de la función ${fn.name} (${fn.role}) no existe.`, en: `The role of function ${fn.name} (${fn.role}) does not exist.` }, { resource: fn.arn, role: fn.role });
      }
      return trustVerdict(role, LAMBDA, { function: fn.arn });
    }),
});
