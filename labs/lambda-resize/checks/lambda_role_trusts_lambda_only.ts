import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { trustOf } from '../../shared/ec2-role.ts';
import { executionRole, withFunction } from '../resize.ts';

const LAMBDA = 'lambda.amazonaws.com';

export default defineCheck({
  id: 'lambda_role_trusts_lambda_only',
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
      const trust = trustOf(role.trustPolicy, LAMBDA);
      const evidence = { resource: role.arn, function: fn.arn, expected: [`Service:${LAMBDA}`], found: trust.principals };
      if (trust.notPrincipal) {
        return fail({ es: `La confianza del rol ${role.name} usa NotPrincipal en un Allow, que abre el rol a casi todos.`, en: `The trust of role ${role.name} uses NotPrincipal in an Allow, which opens the role to almost everyone.` }, evidence);
      }
      if (trust.others.length) {
        return fail({ es: `El rol ${role.name} también confía en ${trust.others.join(', ')}.`, en: `Role ${role.name} also trusts ${trust.others.join(', ')}.` }, evidence);
      }
      if (!trust.trustsService) {
        return fail({ es: `La confianza del rol ${role.name} no permite que Lambda lo asuma.`, en: `The trust of role ${role.name} does not let Lambda assume it.` }, evidence);
      }
      return pass({ es: `El rol ${role.name} solo confía en ${LAMBDA}.`, en: `Role ${role.name} trusts ${LAMBDA} only.` }, evidence);
    }),
});
