import type { CoverageEntry } from '../coverage-types.ts';

export const entries: CoverageEntry[] = [
  {
    guide: '001',
    heading: 'Pasos para crear la arquitectura',
    page: 'architecture/iam-identities',
    section: { es: 'El recorrido de esta sección', en: 'The road through this section' },
  },
  {
    guide: '001',
    heading: '¿Qué es AWS IAM?',
    page: 'architecture/iam-identities',
    section: { es: 'Qué hace IAM', en: 'What IAM does' },
  },
  {
    guide: '001',
    heading: '¿Qué es un IAM user?',
    page: 'architecture/iam-identities',
    section: { es: 'Usuarios de IAM', en: 'IAM users' },
  },
  {
    guide: '001',
    heading: 'IAM Groups',
    page: 'architecture/iam-identities',
    section: { es: 'Grupos de IAM', en: 'IAM groups' },
  },
  {
    guide: '001',
    heading: 'IAM Policies',
    page: 'architecture/iam-identities',
    section: { es: 'Políticas de IAM', en: 'IAM policies' },
  },
  {
    guide: '001',
    heading: '1) crear el role para que las instancias EC2 puedan comunicarse con S3 y DynamoDB',
    page: 'architecture/ec2-role-s3-dynamodb',
    section: { es: 'Crear el rol paso a paso', en: 'Building the role step by step' },
    note: {
      es: 'AmazonS3FullAccess y AmazonDynamoDBFullAccess se sustituyen por una política propia limitada al bucket del proyecto y a la tabla taxi-trips.',
      en: 'AmazonS3FullAccess and AmazonDynamoDBFullAccess are replaced by a customer managed policy limited to the project bucket and the taxi-trips table.',
    },
  },
  {
    guide: '001',
    heading: '2) crear usuario',
    page: 'architecture/users-groups-access-keys',
    section: { es: 'Un usuario con permisos heredados del grupo', en: 'A user who inherits permissions from a group' },
    note: {
      es: 'Se proponen políticas más estrechas que AmazonEC2FullAccess, se completa el ciclo de vida de las claves (rotar, desactivar, borrar) y se recomienda IAM Identity Center.',
      en: 'Narrower policies than AmazonEC2FullAccess are suggested, the key lifecycle (rotate, deactivate, delete) is completed, and IAM Identity Center is recommended.',
    },
  },
  {
    guide: '001',
    heading: '¿Qué es EC2?',
    page: 'architecture/ami-and-placement',
    section: { es: 'EC2 en dos minutos', en: 'EC2 in two minutes' },
  },
  {
    guide: '001',
    heading: '¿Qué es AMI?',
    page: 'architecture/ami-and-placement',
    section: { es: 'La AMI: de qué arranca la instancia', en: 'The AMI: what the instance boots from' },
  },
  {
    guide: '001',
    heading: 'EC2 instance locations',
    page: 'architecture/ami-and-placement',
    section: { es: 'Dónde quedan las instancias', en: 'Where instances end up' },
    note: {
      es: 'Se corrige la guía: la VPC predeterminada da IP pública, pero los grupos de seguridad siguen bloqueando el tráfico entrante que no abras.',
      en: 'The guide is corrected: the default VPC hands out public IPs, but security groups still block any inbound traffic you do not open.',
    },
  },
  {
    guide: '001',
    heading: '2) crear ec2 instance',
    page: 'architecture/launch-instance',
    section: { es: 'Lanzar paso a paso', en: 'Launching step by step' },
    note: {
      es: 't2.micro pasa a t3.micro, solo se abre HTTP, se exige IMDSv2 y se da un script de datos de usuario completo para Amazon Linux 2023.',
      en: 't2.micro becomes t3.micro, only HTTP is opened, IMDSv2 is required, and a complete user data script for Amazon Linux 2023 is given.',
    },
  },
  {
    guide: '001',
    heading: '3) crear una lambda function para editar el tamaño de una foto una vez subida',
    page: 'architecture/lambda-image-resize',
    section: { es: 'Construirlo paso a paso', en: 'Building it step by step' },
    note: {
      es: 'Python 3.9 pasa a python3.13, el disparador usa s3:ObjectCreated:* en lugar de solo PUT y el rol se limita a input/ y output/ de un bucket.',
      en: 'Python 3.9 becomes python3.13, the trigger uses s3:ObjectCreated:* instead of PUT only, and the role is limited to one bucket’s input/ and output/.',
    },
  },
];
