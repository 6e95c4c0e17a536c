import type { CoverageEntry } from '../coverage-types.ts';

export const entries: CoverageEntry[] = [
  {
    guide: '000',
    heading: 'Guia del proyecto.',
    page: 'taxi-project/project-plan',
    section: { es: 'El plan de trabajo', en: 'The work plan' },
    note: {
      es: 'La tabla de tareas se reescribe con la cuenta segura y la alerta de presupuesto como primer paso, y con los nombres actuales de SageMaker AI y Quick Sight.',
      en: 'The task table is rewritten with a secure account and a budget alert as the first step, and with the current names SageMaker AI and Quick Sight.',
    },
  },
  {
    guide: '000',
    heading: 'Flujo del proyecto',
    page: 'taxi-project/project-plan',
    section: { es: 'El flujo de los datos', en: 'The data flow' },
    note: {
      es: 'El diagrama de la guía se redibuja como diagrama accesible y se explica en texto.',
      en: "The guide's image is redrawn as an accessible diagram and explained in prose.",
    },
  },
  {
    guide: '000',
    heading: 'Step by Step',
    page: 'taxi-project/project-plan',
    section: { es: 'Los primeros pasos, en orden', en: 'The first steps, in order' },
  },
  {
    guide: '000',
    heading: 'Bucket creation',
    page: 'taxi-project/s3-bucket',
    section: { es: 'Paso a paso', en: 'Step by step' },
    note: {
      es: 'Es el laboratorio con comprobador automático del curso.',
      en: "It is the course's lab with an automatic checker.",
    },
  },
  {
    guide: '000',
    heading: 'Puntos clave al utilizar buckets en Amazon S3:',
    page: 'taxi-project/s3-bucket',
    section: { es: 'Conceptos clave', en: 'Key ideas' },
  },
  {
    guide: '000',
    heading: 'IAM (Identity and Access Management) Role',
    page: 'taxi-project/iam-role',
    section: null,
  },
  {
    guide: '000',
    heading: 'Pasos para crear un rol de IAM y permitir acceso a un bucket S3 desde una instancia EC2:',
    page: 'taxi-project/iam-role',
    section: { es: 'Práctica: crear el rol y usarlo desde EC2', en: 'Hands-on: create the role and use it from EC2' },
    note: {
      es: 'Pasos de consola y AWS CLI, incluido el perfil de instancia que la CLI no crea sola.',
      en: 'Console and AWS CLI steps, including the instance profile the CLI does not create by itself.',
    },
  },
  {
    guide: '000',
    heading: 'Crea un rol de IAM:',
    page: 'taxi-project/iam-role',
    section: { es: 'Paso 1: la política y el rol', en: 'Step 1: the policy and the role' },
  },
  {
    guide: '000',
    heading: 'Asociar el rol a la instancia EC2:',
    page: 'taxi-project/iam-role',
    section: { es: 'Paso 3: asociar el rol a la instancia', en: 'Step 3: attach the role to the instance' },
    note: {
      es: 'La pestaña «Descripción» ya no existe: hoy es Actions → Security → Modify IAM role.',
      en: 'The "Description" tab no longer exists: today it is Actions → Security → Modify IAM role.',
    },
  },
  {
    guide: '000',
    heading: 'Verificar acceso:',
    page: 'taxi-project/iam-role',
    section: { es: 'Paso 4: verificar el acceso desde la instancia', en: 'Step 4: verify access from the instance' },
  },
  {
    guide: '000',
    heading: 'Ejemplo de política personalizada (solo lectura a un bucket):',
    page: 'taxi-project/iam-role',
    section: { es: 'La política personalizada de la guía y su fallo', en: "The guide's custom policy and its flaw" },
    note: {
      es: 'La política de la guía no permite listar el bucket (falta s3:ListBucket sobre el ARN del bucket); la lección la corrige.',
      en: "The guide's policy cannot list the bucket (s3:ListBucket on the bucket ARN is missing); the lesson fixes it.",
    },
  },
  {
    guide: '000',
    heading: 'EC2',
    page: 'taxi-project/ec2-instance',
    section: null,
  },
  {
    guide: '000',
    heading: 'Disclaimer',
    page: 'taxi-project/ec2-instance',
    section: { es: 'PuTTY, OpenSSH y Session Manager', en: 'PuTTY, OpenSSH and Session Manager' },
    note: {
      es: 'Se añade el cliente OpenSSH de Windows y Session Manager como alternativa sin puertos.',
      en: "Adds Windows' built-in OpenSSH client and Session Manager as the no-port alternative.",
    },
  },
  {
    guide: '000',
    heading: '¿Es necesario usar llaves con EC2 Instance Connect (MEC)?',
    page: 'taxi-project/ec2-instance',
    section: { es: '¿Necesitas un par de claves con EC2 Instance Connect?', en: 'Do you need a key pair with EC2 Instance Connect?' },
  },
  {
    guide: '000',
    heading: '¿Cómo funciona EC2 Instance Connect (MEC)?',
    page: 'taxi-project/ec2-instance',
    section: { es: 'EC2 Instance Connect por dentro', en: 'EC2 Instance Connect under the hood' },
    note: {
      es: 'Se explica la clave pública de un solo uso (60 segundos) y se corrige la nota final: ec2-user es un usuario de Linux, no de IAM.',
      en: 'Explains the one-time public key (60 seconds) and corrects the final note: ec2-user is a Linux user, not an IAM one.',
    },
  },
];
