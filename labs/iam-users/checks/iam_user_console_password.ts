import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { USER_IN_GROUP, withOperator } from '../operator.ts';

export default defineCheck({
  id: 'iam_user_console_password',
  cli: 'aws iam create-login-profile --user-name ana --password \'<a-temporary-password>\' --password-reset-required',
  relies: ['iam.login-profile-reset'],
  points: 1,
  needs: [USER_IN_GROUP],
  title: {
    es: 'El usuario entra en la consola con una contraseña que debe cambiar al primer inicio de sesión',
    en: 'The user signs in to the console with a password that must be changed at first sign-in',
  },
  hint: {
    es: 'Activa el acceso a la consola con "Users must create a new password at next sign-in" marcado (o aws iam create-login-profile --password-reset-required). Si la persona ya inició sesión y cambió la contraseña, también vale.',
    en: 'Turn on console access with "Users must create a new password at next sign-in" ticked (or aws iam create-login-profile --password-reset-required). If the person has already signed in and changed it, that counts too.',
  },
  run: (ctx) =>
    withOperator(ctx, async (user) => {
      const profile = await ctx.iam.loginProfile(user.name);
      const evidence = {
        resource: user.arn,
        loginProfile: profile ? { createdAt: profile.createdAt, passwordResetRequired: profile.passwordResetRequired } : null,
        passwordLastUsed: user.passwordLastUsed ?? null,
      };
      if (!profile) {
        return fail({ es: `El usuario ${user.name} no tiene contraseña de consola.`, en: `User ${user.name} has no console password.` }, evidence);
      }
      if (profile.passwordResetRequired) {
        return pass(
          { es: `El usuario ${user.name} tiene contraseña de consola y debe cambiarla al iniciar sesión.`, en: `User ${user.name} has a console password and must change it at sign-in.` },
          evidence,
        );
      }
      if (user.passwordLastUsed) {
        return pass(
          {
            es: `El usuario ${user.name} ya inició sesión en la consola (${user.passwordLastUsed}): el cambio de contraseña del primer inicio ya ocurrió.`,
            en: `User ${user.name} has already signed in to the console (${user.passwordLastUsed}): the first sign-in password change has happened.`,
          },
          evidence,
        );
      }
      return fail(
        {
          es: `La contraseña de consola de ${user.name} no exige cambiarla y nunca se ha usado: quien la creó la conoce.`,
          en: `The console password of ${user.name} does not require a change and has never been used: whoever created it knows it.`,
        },
        evidence,
      );
    }),
});
