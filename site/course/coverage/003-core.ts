import type { CoverageEntry } from '../coverage-types.ts';

/** Guide 003 ("AWS-Notes"), everything except the S3 material (see 003-s3.ts). */
export const entries: CoverageEntry[] = [
  { guide: '003', heading: 'AWS-Notes', page: 'aws-notes/iam', section: null },

  // IAM
  { guide: '003', heading: 'IAM', page: 'aws-notes/iam', section: null },
  { guide: '003', heading: 'Components of IAM', page: 'aws-notes/iam', section: { es: 'Los componentes de IAM', en: 'The components of IAM' } },
  {
    guide: '003',
    heading: 'Users',
    page: 'aws-notes/iam',
    section: { es: 'Usuarios', en: 'Users' },
    note: {
      es: 'Para personas se recomienda hoy IAM Identity Center, y para aplicaciones, roles en lugar de usuarios con claves.',
      en: 'For people IAM Identity Center is now recommended, and for applications, roles instead of users with keys.',
    },
  },
  { guide: '003', heading: 'Groups', page: 'aws-notes/iam', section: { es: 'Grupos', en: 'Groups' } },
  { guide: '003', heading: 'Roles', page: 'aws-notes/iam', section: { es: 'Roles', en: 'Roles' } },
  { guide: '003', heading: 'Policies', page: 'aws-notes/iam', section: { es: 'Políticas', en: 'Policies' } },

  // EC2
  { guide: '003', heading: 'Introduction to EC2:', page: 'aws-notes/ec2', section: null },
  {
    guide: '003',
    heading: 'What is EC2, and why is it important?',
    page: 'aws-notes/ec2',
    section: { es: 'Qué es EC2 y por qué importa', en: 'What EC2 is and why it matters' },
  },
  { guide: '003', heading: 'EC2 usecases', page: 'aws-notes/ec2', section: { es: 'Casos de uso', en: 'Use cases' } },
  {
    guide: '003',
    heading: 'Managing EC2 Instances:',
    page: 'aws-notes/ec2',
    section: { es: 'Gestionar instancias', en: 'Managing instances' },
    note: {
      es: 'Además de SSH, se presentan EC2 Instance Connect y Session Manager.',
      en: 'Besides SSH, EC2 Instance Connect and Session Manager are introduced.',
    },
  },

  // VPC
  { guide: '003', heading: 'VPC', page: 'aws-notes/vpc', section: null },
  {
    guide: '003',
    heading: 'Virtual private clouds (VPC)',
    page: 'aws-notes/vpc',
    section: { es: 'La VPC y su bloque CIDR', en: 'The VPC and its CIDR block' },
  },
  { guide: '003', heading: 'Subnets', page: 'aws-notes/vpc', section: { es: 'Subredes', en: 'Subnets' } },
  { guide: '003', heading: 'IP addressing', page: 'aws-notes/vpc', section: { es: 'Direccionamiento IP', en: 'IP addressing' } },
  {
    guide: '003',
    heading: 'Network Access Control List (NACL)',
    page: 'aws-notes/vpc',
    section: { es: 'NACL y grupos de seguridad', en: 'NACLs and security groups' },
  },
  {
    guide: '003',
    heading: 'Security Group',
    page: 'aws-notes/vpc',
    section: { es: 'NACL y grupos de seguridad', en: 'NACLs and security groups' },
  },
  { guide: '003', heading: 'Routing', page: 'aws-notes/vpc', section: { es: 'Tablas de rutas', en: 'Route tables' } },
  {
    guide: '003',
    heading: 'Gateways and endpoints',
    page: 'aws-notes/vpc',
    section: { es: 'Gateways y endpoints', en: 'Gateways and endpoints' },
  },
  {
    guide: '003',
    heading: 'Peering connections',
    page: 'aws-notes/vpc',
    section: { es: 'Conexiones de peering', en: 'Peering connections' },
  },
  { guide: '003', heading: 'Traffic Mirroring', page: 'aws-notes/vpc', section: { es: 'Traffic Mirroring', en: 'Traffic Mirroring' } },
  { guide: '003', heading: 'Transit gateways', page: 'aws-notes/vpc', section: { es: 'Transit Gateway', en: 'Transit Gateway' } },
  { guide: '003', heading: 'VPC Flow Logs', page: 'aws-notes/vpc', section: { es: 'VPC Flow Logs', en: 'VPC Flow Logs' } },
  {
    guide: '003',
    heading: 'VPN connections',
    page: 'aws-notes/vpc',
    section: { es: 'Conexiones VPN y Direct Connect', en: 'VPN connections and Direct Connect' },
  },

  // Security groups and network ACLs
  { guide: '003', heading: 'AWS Security using Security Groups and NACL', page: 'aws-notes/security-groups-vs-nacls', section: null },
  {
    guide: '003',
    heading: 'Security Groups:',
    page: 'aws-notes/security-groups-vs-nacls',
    section: { es: 'Grupos de seguridad', en: 'Security groups' },
    note: {
      es: 'Se corrige la guía: un grupo de seguridad no admite nombres DNS como origen.',
      en: 'Corrects the guide: a security group does not accept DNS names as a source.',
    },
  },
  {
    guide: '003',
    heading: 'Network Access Control Lists (NACLs):',
    page: 'aws-notes/security-groups-vs-nacls',
    section: { es: 'Listas de control de acceso de red', en: 'Network access control lists' },
  },

  // Continuous integration
  { guide: '003', heading: 'AWS Continuous Integration Demo', page: 'aws-notes/continuous-integration', section: null },
  {
    guide: '003',
    heading: 'Set Up GitHub Repository',
    page: 'aws-notes/continuous-integration',
    section: { es: 'El repositorio en GitHub', en: 'The GitHub repository' },
  },
  {
    guide: '003',
    heading: 'Create an AWS CodePipeline',
    page: 'aws-notes/continuous-integration',
    section: { es: 'El pipeline', en: 'The pipeline' },
    note: {
      es: 'La fuente GitHub por OAuth está obsoleta: se usa una conexión de AWS CodeConnections y un pipeline V2.',
      en: 'The OAuth GitHub source is deprecated: an AWS CodeConnections connection and a V2 pipeline are used.',
    },
  },
  {
    guide: '003',
    heading: 'Configure AWS CodeBuild',
    page: 'aws-notes/continuous-integration',
    section: { es: 'El proyecto de CodeBuild', en: 'The CodeBuild project' },
    note: {
      es: 'La guía elige «AWS CodePipeline» como origen del proyecto; la lección explica por qué en «Por qué el origen es AWS CodePipeline».',
      en: 'The guide picks "AWS CodePipeline" as the project source; the lesson explains why in "Why the source is AWS CodePipeline".',
    },
  },
  {
    guide: '003',
    heading: 'Trigger the CI Process',
    page: 'aws-notes/continuous-integration',
    section: { es: 'Disparar la integración continua', en: 'Triggering continuous integration' },
  },
];
