import { defineLab } from '../../checker/core/define.ts';
import iamAppRoleDataAccess from './checks/iam_app_role_data_access.ts';
import iamAppRoleExists from './checks/iam_app_role_exists.ts';
import iamAppRoleInstanceProfile from './checks/iam_app_role_instance_profile.ts';
import iamAppRoleLeastPrivilege from './checks/iam_app_role_least_privilege.ts';
import iamAppRoleTrustsEc2Only from './checks/iam_app_role_trusts_ec2_only.ts';
import { gradedRole } from '../shared/ec2-role.ts';
import { APP_ROLE } from './role.ts';

export default defineLab({
  id: 'ec2-role-s3-dynamodb',
  title: { es: 'El rol de la aplicación para S3 y DynamoDB', en: 'The application role for S3 and DynamoDB' },
  summary: {
    es: 'Crea el rol taxi-ec2-app-role, con el que las instancias de la aplicación leen y escriben en el data lake y en la tabla taxi-trips, sin borrar nada y sin tocar otros recursos.',
    en: 'Create the taxi-ec2-app-role role, with which the application instances read and write the data lake and the taxi-trips table, deleting nothing and touching no other resource.',
  },
  lessons: ['architecture/ec2-role-s3-dynamodb'],
  requires: ['s3-bucket'],
  // The reference names the role taxi-ec2-app-role-<learner>: IAM role names have at most 64 characters.
  maxLearnerLength: 64 - 'taxi-ec2-app-role-'.length,
  graded: (ctx) => gradedRole(ctx, APP_ROLE),
  checks: [iamAppRoleExists, iamAppRoleTrustsEc2Only, iamAppRoleInstanceProfile, iamAppRoleDataAccess, iamAppRoleLeastPrivilege],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket es el del laboratorio del bucket S3; la tabla puede no existir todavía.',
        en: 'The bucket is the one from the S3 bucket lab; the table need not exist yet.',
      },
    },
    {
      id: 'trust-policy',
      title: { es: 'Crea el rol con su política de confianza', en: 'Create the role with its trust policy' },
      description: {
        es: 'Solo el servicio EC2 puede asumir el rol.',
        en: 'Only the EC2 service may assume the role.',
      },
    },
    {
      id: 's3-policy',
      title: { es: 'Sustituye AmazonS3FullAccess', en: 'Replace AmazonS3FullAccess' },
      description: {
        es: 'Una política administrada por el cliente solo para S3: listar el bucket, leer y escribir sus objetos.',
        en: 'A customer managed policy for S3 alone: list the bucket, read and write its objects.',
      },
    },
    {
      id: 'dynamodb-policy',
      title: { es: 'Sustituye AmazonDynamoDBFullAccess', en: 'Replace AmazonDynamoDBFullAccess' },
      description: {
        es: 'Otra para DynamoDB: cuatro acciones sobre la tabla y solo Query sobre sus índices.',
        en: 'Another for DynamoDB: four actions on the table and only Query on its indexes.',
      },
    },
    {
      id: 'instance-profile',
      title: { es: 'Envuelve el rol en un perfil de instancia', en: 'Wrap the role in an instance profile' },
      description: {
        es: 'Con la CLI el perfil no se crea solo, como sí ocurre en la consola.',
        en: 'With the CLI the profile is not created for you, as it is in the console.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'La confianza, las dos políticas y el perfil, antes de ejecutar el comprobador.',
        en: 'The trust, the two policies and the profile, before you run the checker.',
      },
    },
  ],
});
