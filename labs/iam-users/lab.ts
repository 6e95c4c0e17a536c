import { defineLab } from '../../checker/core/define.ts';
import iamAccountPasswordPolicy from './checks/iam_account_password_policy.ts';
import iamGroupEc2Access from './checks/iam_group_ec2_access.ts';
import iamGroupExists from './checks/iam_group_exists.ts';
import iamUserAccessKeysRotated from './checks/iam_user_access_keys_rotated.ts';
import iamUserConsolePassword from './checks/iam_user_console_password.ts';
import iamUserInGroup from './checks/iam_user_in_group.ts';
import iamUserMfaEnabled from './checks/iam_user_mfa_enabled.ts';
import iamUserPermissionsFromGroup from './checks/iam_user_permissions_from_group.ts';
import { iamUsersSetup } from './setup.ts';
import { gradedOperator } from './operator.ts';

export default defineLab({
  id: 'iam-users',
  title: { es: 'La persona que opera EC2', en: 'The person who operates EC2' },
  summary: {
    es: 'Crea el grupo ec2-operators con permisos de EC2 y el usuario ana dentro de él: contraseña de consola que se cambia al primer inicio, MFA, claves de acceso rotadas y una política de contraseñas para la cuenta.',
    en: 'Create the ec2-operators group with EC2 permissions and the user ana in it: a console password changed at first sign-in, MFA, rotated access keys and a password policy for the account.',
  },
  lessons: ['architecture/users-groups-access-keys'],
  // The reference names the user after the learner: IAM user names have at most 64 characters.
  maxLearnerLength: 64,
  setup: iamUsersSetup,
  graded: gradedOperator,
  checks: [
    iamGroupExists,
    iamGroupEc2Access,
    iamUserInGroup,
    iamUserPermissionsFromGroup,
    iamUserConsolePassword,
    iamUserMfaEnabled,
    iamUserAccessKeysRotated,
    iamAccountPasswordPolicy,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'USER_NAME y no USER, porque tu shell ya usa USER. Ejecuta todo con tu perfil de administración.',
        en: 'USER_NAME rather than USER, because your shell already uses USER. Run everything with your administrator profile.',
      },
    },
    {
      id: 'group',
      title: { es: 'Crea el grupo con la política de operador', en: 'Create the group with the operator policy' },
      description: {
        es: 'La política de la lección, como política en línea del grupo: ver todo EC2 y arrancar, parar o reiniciar solo las instancias con Project=taxi.',
        en: "The lesson's policy, as an inline policy of the group: see all of EC2, and start, stop or reboot only the instances tagged Project=taxi.",
      },
    },
    {
      id: 'password-policy',
      title: { es: 'Endurece la política de contraseñas de la cuenta', en: "Tighten the account's password policy" },
      description: {
        es: 'Antes de crear la contraseña, para que ya tenga que cumplirla. Afecta a todos los usuarios de IAM de la cuenta.',
        en: 'Before creating the password, so that it already has to comply. It applies to every IAM user in the account.',
      },
    },
    {
      id: 'user',
      title: { es: 'Crea el usuario con acceso a la consola', en: 'Create the user with console access' },
      description: {
        es: 'Entra en el grupo y recibe una contraseña temporal que debe cambiar al primer inicio. La CLI no asocia IAMUserChangePassword por ti; la consola sí.',
        en: 'It joins the group and gets a temporary password to change at first sign-in. The CLI does not attach IAMUserChangePassword for you; the console does.',
      },
    },
    {
      id: 'mfa',
      title: { es: 'Activa un MFA virtual', en: 'Turn on a virtual MFA device' },
      description: {
        es: 'La semilla queda en un archivo; aquí python3 hace de app de autenticación y calcula dos códigos seguidos.',
        en: 'The seed goes to a file; here python3 plays the authenticator app and computes two consecutive codes.',
      },
    },
    {
      id: 'access-key',
      title: { es: 'Crea una clave de acceso', en: 'Create an access key' },
      description: {
        es: 'Solo si la persona de verdad necesita la CLI fuera de la consola. El secreto aparece una única vez.',
        en: 'Only if the person really needs the CLI outside the console. The secret appears only once.',
      },
    },
    {
      id: 'rotate-key',
      title: { es: 'Rota la clave', en: 'Rotate the key' },
      description: {
        es: 'Nueva clave, cambio de configuración, antigua desactivada y, cuando nada falla, borrada.',
        en: 'New key, configuration switched, old key deactivated and, once nothing breaks, deleted.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'Grupo, políticas propias (solo IAMUserChangePassword), contraseña, MFA, claves y política de contraseñas.',
        en: 'Group, own policies (IAMUserChangePassword only), password, MFA, keys and password policy.',
      },
    },
  ],
});
