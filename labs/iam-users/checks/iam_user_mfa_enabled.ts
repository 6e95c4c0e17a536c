import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { USER_IN_GROUP, withOperator } from '../operator.ts';

export default defineCheck({
  id: 'iam_user_mfa_enabled',
  cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name ana --outfile ana-qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name ana --serial-number <mfa-arn> --authentication-code1 <code> --authentication-code2 <next-code>',
  relies: ['iam.virtual-mfa-seed'],
  points: 1,
  needs: [USER_IN_GROUP],
  title: { es: 'El usuario tiene un dispositivo MFA activado', en: 'The user has an MFA device enabled' },
  hint: {
    es: 'En el usuario, pestaña Security credentials → Multi-factor authentication (MFA) → Assign MFA device: registra una app de autenticación con dos códigos seguidos (o aws iam create-virtual-mfa-device y enable-mfa-device).',
    en: 'On the user, Security credentials tab → Multi-factor authentication (MFA) → Assign MFA device: register an authenticator app with two consecutive codes (or aws iam create-virtual-mfa-device and enable-mfa-device).',
  },
  run: (ctx) =>
    withOperator(ctx, async (user) => {
      const devices = await ctx.iam.mfaDevices(user.name);
      const evidence = { resource: user.arn, mfaDevices: devices };
      if (!devices.length) {
        return fail({ es: `El usuario ${user.name} no tiene ningún dispositivo MFA activado.`, en: `User ${user.name} has no MFA device enabled.` }, evidence);
      }
      return pass(
        { es: `El usuario ${user.name} tiene MFA activado (${devices[0]!.serialNumber}).`, en: `User ${user.name} has MFA enabled (${devices[0]!.serialNumber}).` },
        evidence,
      );
    }),
});
