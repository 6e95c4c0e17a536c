import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { PASSWORD_MINIMUM, USER_IN_GROUP } from '../operator.ts';

const MIN = PASSWORD_MINIMUM.minimumLength;

export default defineCheck({
  id: 'iam_account_password_policy',
  cli: 'aws iam update-account-password-policy --minimum-password-length 14 --allow-users-to-change-password',
  points: 1,
  // The policy is account-wide and outlives the lab (destroy leaves it); it is graded once the
  // lab's user, whose console password it governs, is there.
  needs: [USER_IN_GROUP],
  title: {
    es: `La política de contraseñas de la cuenta pide al menos ${MIN} caracteres y deja a cada usuario cambiar la suya`,
    en: `The account password policy asks for at least ${MIN} characters and lets users change their own password`,
  },
  hint: {
    es: `En IAM → Account settings → Password policy → Edit, elige Custom: longitud mínima ${MIN} o más y marca "Allow users to change their own password" (o aws iam update-account-password-policy --minimum-password-length ${MIN} --allow-users-to-change-password).`,
    en: `In IAM → Account settings → Password policy → Edit, choose Custom: minimum length ${MIN} or more and tick "Allow users to change their own password" (or aws iam update-account-password-policy --minimum-password-length ${MIN} --allow-users-to-change-password).`,
  },
  run: async (ctx) => {
    const [policy, account] = await Promise.all([ctx.iam.passwordPolicy(), ctx.account.id()]);
    const evidence = { resource: `arn:aws:iam::${account}:root`, required: PASSWORD_MINIMUM, found: policy ?? null };
    if (!policy) {
      return fail(
        {
          es: `La cuenta ${account} no tiene política de contraseñas: se aplica la de IAM por defecto, de 8 caracteres.`,
          en: `Account ${account} has no password policy: IAM's default, 8 characters, applies.`,
        },
        evidence,
      );
    }
    const problems: { es: string; en: string }[] = [];
    if (policy.minimumLength < MIN) problems.push({ es: `la longitud mínima es ${policy.minimumLength}, menos de ${MIN}`, en: `the minimum length is ${policy.minimumLength}, below ${MIN}` });
    if (!policy.allowUsersToChangePassword) problems.push({ es: 'los usuarios no pueden cambiar su contraseña', en: 'users cannot change their own password' });
    if (problems.length) {
      return fail(
        {
          es: `En la política de contraseñas de la cuenta ${account}, ${problems.map((p) => p.es).join(' y ')}.`,
          en: `In the password policy of account ${account}, ${problems.map((p) => p.en).join(' and ')}.`,
        },
        evidence,
      );
    }
    return pass(
      {
        es: `La política de contraseñas de la cuenta ${account} pide ${policy.minimumLength} caracteres como mínimo y deja a cada usuario cambiar la suya.`,
        en: `The password policy of account ${account} asks for at least ${policy.minimumLength} characters and lets users change their own.`,
      },
      evidence,
    );
  },
});
