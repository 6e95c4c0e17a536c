import { statementsOf } from '../../../checker/aws/policy.ts';
import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { keyEvidence, withKey } from '../key.ts';
import { judgeKeyPolicy } from '../key-policy.ts';

export default defineCheck({
  id: 'kms_key_policy_scoped',
  points: 1,
  title: {
    es: 'La política de la clave no deja usarla ni administrarla a "*" ni a otras cuentas',
    en: 'The key policy lets neither "*" nor other accounts use or administer the key',
  },
  hint: {
    es: 'Deja la instrucción que da kms:* a arn:aws:iam::<tu cuenta>:root (así mandan las políticas de IAM de tu cuenta) y quita las que den permisos a "*" o a otra cuenta. Si un rol concreto necesita la clave, nómbralo por su ARN.',
    en: 'Keep the statement that gives kms:* to arn:aws:iam::<your account>:root (that way your account\'s IAM policies decide) and remove those that grant anything to "*" or to another account. If a specific role needs the key, name it by its ARN.',
  },
  cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
  needs: ['kms_key_exists'],
  run: (ctx) =>
    withKey(ctx, async (graded) => {
      const policy = await ctx.kms.keyPolicy(graded.key.id);
      if (!policy) {
        return fail({ es: `No se pudo leer la política de la clave ${graded.key.id}.`, en: `The policy of key ${graded.key.id} could not be read.` }, keyEvidence(graded, { policy: null }));
      }
      const answers = await judgeKeyPolicy(policy, graded.key.arn, await ctx.account.id());
      const leaks = answers.filter((a) => a.decision === 'allowed');
      const evidence = keyEvidence(graded, { statementsInPolicy: statementsOf(policy).length, requests: answers.map(({ caller, action, decision }) => ({ caller, action, decision })) });
      if (leaks.length === 0) {
        return pass(
          { es: `La política de la clave ${graded.key.id} (${graded.name}) no da nada a "*" ni a otras cuentas.`, en: `The policy of key ${graded.key.id} (${graded.name}) gives nothing to "*" or to other accounts.` },
          evidence,
        );
      }
      const list = (lang: 'es' | 'en') => leaks.map((l) => `${l.label[lang]}: ${l.action}`).join('; ');
      return fail(
        { es: `La política de la clave ${graded.key.id} (${graded.name}) deja pasar a otros: ${list('es')}.`, en: `The policy of key ${graded.key.id} (${graded.name}) lets others in: ${list('en')}.` },
        evidence,
      );
    }),
});
