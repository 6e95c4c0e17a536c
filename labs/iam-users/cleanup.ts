import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'ana',
      what: {
        es: 'La usuaria, con sus claves de acceso, su contraseña y su dispositivo MFA',
        en: 'The user, with her access keys, her password and her MFA device',
      },
      console: {
        es: 'IAM → Users → ana → Delete (la consola quita antes claves, contraseña, MFA y grupos).',
        en: 'IAM → Users → ana → Delete (the console first removes keys, password, MFA and groups).',
      },
    },
    {
      resource: 'ec2-operators',
      what: { es: 'El grupo, con su política', en: 'The group, with its policy' },
      console: { es: 'IAM → User groups → ec2-operators → Delete.', en: 'IAM → User groups → ec2-operators → Delete.' },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `USER_NAME=ana
GROUP=ec2-operators

${say('# IAM no borra una usuaria que aún tenga claves, contraseña, MFA, grupos o políticas.', '# IAM refuses to delete a user who still has keys, a password, MFA, groups or policies.')}
for KEY in $(aws iam list-access-keys --user-name "$USER_NAME" \\
    --query 'AccessKeyMetadata[].AccessKeyId' --output text); do
  aws iam delete-access-key --user-name "$USER_NAME" --access-key-id "$KEY"
done
for MFA in $(aws iam list-mfa-devices --user-name "$USER_NAME" \\
    --query 'MFADevices[].SerialNumber' --output text); do
  aws iam deactivate-mfa-device --user-name "$USER_NAME" --serial-number "$MFA"
  aws iam delete-virtual-mfa-device --serial-number "$MFA"
done
aws iam delete-login-profile --user-name "$USER_NAME"
aws iam detach-user-policy --user-name "$USER_NAME" \\
  --policy-arn arn:aws:iam::aws:policy/IAMUserChangePassword
aws iam remove-user-from-group --user-name "$USER_NAME" --group-name "$GROUP"
aws iam delete-user --user-name "$USER_NAME"

aws iam delete-group-policy --group-name "$GROUP" --policy-name ec2-operator
aws iam delete-group --group-name "$GROUP"`;
  },
  note: {
    es: 'Nada de esto cuesta dinero, pero unas claves de acceso olvidadas sí son un riesgo. La política de contraseñas de la cuenta merece quedarse: protege a todos sus usuarios. Quita también el perfil `ana` de `~/.aws/credentials` y `~/.aws/config`.',
    en: 'None of this costs money, but forgotten access keys are a risk. The account\'s password policy is worth keeping: it protects every user. Also remove the `ana` profile from `~/.aws/credentials` and `~/.aws/config`.',
  },
};
