import { defineLab } from '../../checker/core/define.ts';
import iamRoleDataLakeAccess from './checks/iam_role_data_lake_access.ts';
import iamRoleExists from './checks/iam_role_exists.ts';
import iamRoleInstanceProfile from './checks/iam_role_instance_profile.ts';
import iamRoleLeastPrivilege from './checks/iam_role_least_privilege.ts';
import iamRoleTrustsEc2Only from './checks/iam_role_trusts_ec2_only.ts';
import { gradedRole } from '../shared/ec2-role.ts';
import { DE_ROLE } from './role.ts';

export default defineLab({
  id: 'iam-role',
  title: { es: 'El rol de-s3access de la instancia', en: 'The instance role de-s3access' },
  summary: {
    es: 'Crea el rol que la instancia data-engineer usa para leer raw/ y escribir processed/ en el data lake, sin claves y sin más permisos de los necesarios.',
    en: 'Create the role the data-engineer instance uses to read raw/ and write processed/ in the data lake, with no keys and no more permissions than it needs.',
  },
  lessons: ['taxi-project/iam-role', 'aws-notes/iam'],
  requires: ['s3-bucket'],
  // The reference names the role de-s3access-<learner>: IAM role names have at most 64 characters.
  maxLearnerLength: 64 - 'de-s3access-'.length,
  graded: (ctx) => gradedRole(ctx, DE_ROLE),
  checks: [iamRoleExists, iamRoleTrustsEc2Only, iamRoleInstanceProfile, iamRoleDataLakeAccess, iamRoleLeastPrivilege],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket es el del laboratorio anterior: su nombre lleva el número de cuenta.',
        en: 'The bucket is the one from the previous lab: its name carries the account number.',
      },
    },
    {
      id: 'trust-policy',
      title: { es: 'Crea el rol con su política de confianza', en: 'Create the role with its trust policy' },
      description: {
        es: 'La confianza dice quién puede asumir el rol: solo el servicio EC2.',
        en: 'The trust says who may assume the role: the EC2 service only.',
      },
    },
    {
      id: 'permissions',
      title: { es: 'Añade la política de permisos', en: 'Add the permissions policy' },
      description: {
        es: 'Listar va sobre el bucket; leer y escribir, sobre sus objetos. Sin DeleteObject.',
        en: 'Listing applies to the bucket; reading and writing, to its objects. No DeleteObject.',
      },
    },
    {
      id: 'instance-profile',
      title: { es: 'Envuelve el rol en un perfil de instancia', en: 'Wrap the role in an instance profile' },
      description: {
        es: 'EC2 recibe perfiles de instancia, no roles; la consola crea uno con el mismo nombre sin preguntarte.',
        en: 'EC2 takes instance profiles, not roles; the console creates one with the same name without asking.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'Un vistazo a la confianza, las políticas y el perfil antes de ejecutar el comprobador.',
        en: 'A look at the trust, the policies and the profile before you run the checker.',
      },
    },
  ],
});
