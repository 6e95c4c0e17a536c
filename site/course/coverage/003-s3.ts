import type { CoverageEntry } from '../coverage-types.ts';

/** Guide 003, the S3 part (AWS S3 … Recovering deleted objects): aws-notes/s3-buckets, s3-objects, s3-advanced. */
const B = 'aws-notes/s3-buckets';
const O = 'aws-notes/s3-objects';
const A = 'aws-notes/s3-advanced';

export const entries: CoverageEntry[] = [
  { guide: '003', heading: 'AWS S3', page: B, section: null },
  { guide: '003', heading: 'About', page: B, section: { es: 'Qué es Amazon S3', en: 'What Amazon S3 is' } },
  { guide: '003', heading: 'What is Amazon S3?', page: B, section: { es: 'Qué es Amazon S3', en: 'What Amazon S3 is' } },
  { guide: '003', heading: 'What are S3 buckets?', page: B, section: { es: 'Buckets, objetos y claves', en: 'Buckets, objects and keys' } },
  { guide: '003', heading: 'Why use S3 buckets?', page: B, section: { es: 'Para qué se usa', en: 'What it is used for' } },
  { guide: '003', heading: 'Key benefits of S3 buckets', page: B, section: { es: 'Ventajas principales', en: 'Key benefits' } },
  { guide: '003', heading: 'Creating and Configuring S3 Buckets', page: B, section: null },
  {
    guide: '003',
    heading: 'Creating an S3 bucket',
    page: B,
    section: { es: 'Crear un bucket', en: 'Creating a bucket' },
    note: {
      es: 'Con la consola y con la AWS CLI, incluida la regla de LocationConstraint fuera de us-east-1; la práctica está en el laboratorio del bucket S3.',
      en: 'With the console and the AWS CLI, including the LocationConstraint rule outside us-east-1; the practice is in the S3 bucket lab.',
    },
  },
  { guide: '003', heading: 'Choosing a bucket name and region', page: B, section: { es: 'Nombre y región', en: 'Name and Region' } },
  { guide: '003', heading: 'Bucket properties and configurations', page: B, section: { es: 'Propiedades del bucket', en: 'Bucket properties' } },
  {
    guide: '003',
    heading: 'Bucket-level permissions and policies',
    page: B,
    section: { es: 'Permisos a nivel de bucket', en: 'Bucket-level permissions' },
    note: {
      es: 'Añade las políticas de bucket, las ACL (hoy desactivadas por defecto) y Block Public Access.',
      en: 'Adds bucket policies, ACLs (now disabled by default) and Block Public Access.',
    },
  },
  { guide: '003', heading: 'Uploading and Managing Objects in S3 Buckets', page: O, section: null },
  { guide: '003', heading: 'Uploading objects to S3 buckets', page: O, section: { es: 'Subir objetos', en: 'Uploading objects' } },
  { guide: '003', heading: 'Object metadata and properties', page: O, section: { es: 'Metadatos del objeto', en: 'Object metadata' } },
  {
    guide: '003',
    heading: 'File formats and object encryption',
    page: O,
    section: { es: 'Formatos y cifrado', en: 'Formats and encryption' },
    note: {
      es: 'Añade CSV frente a Parquet para analítica, DSSE-KMS, S3 Bucket Keys y el bloqueo por defecto de SSE-C desde abril de 2026.',
      en: 'Adds CSV versus Parquet for analytics, DSSE-KMS, S3 Bucket Keys and SSE-C being blocked by default since April 2026.',
    },
  },
  { guide: '003', heading: 'Lifecycle management', page: O, section: { es: 'Ciclo de vida', en: 'Lifecycle' } },
  { guide: '003', heading: 'Multipart uploads', page: O, section: { es: 'Subida multiparte', en: 'Multipart upload' } },
  { guide: '003', heading: 'Managing large datasets with S3 Batch Operations', page: O, section: { es: 'Operaciones por lotes', en: 'Batch operations' } },
  { guide: '003', heading: 'Advanced S3 Bucket Features', page: A, section: null },
  {
    guide: '003',
    heading: 'S3 Storage Classes',
    page: O,
    section: { es: 'Clases de almacenamiento', en: 'Storage classes' },
    note: {
      es: 'La guía deja esta lista vacía; la lección la completa con una tabla de las ocho clases, junto al ciclo de vida.',
      en: 'The guide leaves this list empty; the lesson completes it with a table of all eight classes, next to lifecycle.',
    },
  },
  { guide: '003', heading: 'S3 Replication', page: A, section: { es: 'Replicación', en: 'Replication' } },
  { guide: '003', heading: 'S3 Event Notifications and Triggers', page: A, section: { es: 'Notificaciones de eventos', en: 'Event notifications' } },
  {
    guide: '003',
    heading: 'S3 Batch Operations',
    page: A,
    section: { es: 'Operaciones por lotes en resumen', en: 'Batch operations in brief' },
    note: {
      es: 'La guía repite el tema; aquí va un resumen que remite a la sección completa en S3: objetos.',
      en: 'The guide repeats the topic; here is a summary pointing to the full section in S3: objects.',
    },
  },
  { guide: '003', heading: 'Security and Compliance in S3 Buckets', page: A, section: { es: 'Seguridad y cumplimiento', en: 'Security and compliance' } },
  { guide: '003', heading: 'S3 bucket security considerations', page: A, section: { es: 'Lista de comprobación de seguridad', en: 'Security checklist' } },
  { guide: '003', heading: 'Data encryption at rest and in transit', page: A, section: { es: 'Cifrado en reposo y en tránsito', en: 'Encryption at rest and in transit' } },
  { guide: '003', heading: 'Access logging and monitoring', page: A, section: { es: 'Registros de acceso y CloudTrail', en: 'Access logs and CloudTrail' } },
  { guide: '003', heading: 'S3 Bucket Management and Administration', page: A, section: { es: 'Gestión y administración', en: 'Management and administration' } },
  { guide: '003', heading: 'S3 bucket policies', page: A, section: { es: 'Políticas de bucket', en: 'Bucket policies' } },
  { guide: '003', heading: 'S3 access control and IAM roles', page: A, section: { es: 'Acceso con roles de IAM', en: 'Access with IAM roles' } },
  { guide: '003', heading: 'S3 APIs and SDKs', page: A, section: { es: 'APIs y SDK', en: 'APIs and SDKs' } },
  { guide: '003', heading: 'Monitoring and logging with CloudWatch', page: A, section: { es: 'Métricas y alarmas de CloudWatch', en: 'CloudWatch metrics and alarms' } },
  { guide: '003', heading: 'S3 management tools', page: A, section: { es: 'Herramientas de gestión', en: 'Management tools' } },
  { guide: '003', heading: 'Troubleshooting and Error Handling', page: A, section: { es: 'Resolución de problemas', en: 'Troubleshooting' } },
  { guide: '003', heading: 'Common S3 error messages and their resolutions', page: A, section: { es: 'Errores frecuentes', en: 'Common errors' } },
  { guide: '003', heading: 'Debugging S3 bucket access issues', page: A, section: { es: 'Depurar problemas de acceso', en: 'Debugging access problems' } },
  {
    guide: '003',
    heading: 'Data consistency and durability considerations',
    page: A,
    section: { es: 'Consistencia y durabilidad', en: 'Consistency and durability' },
    note: {
      es: 'S3 es fuertemente consistente desde diciembre de 2020.',
      en: 'S3 has been strongly consistent since December 2020.',
    },
  },
  {
    guide: '003',
    heading: 'Recovering deleted objects',
    page: A,
    section: { es: 'Recuperar objetos borrados', en: 'Recovering deleted objects' },
    note: {
      es: 'Las notificaciones de eventos no recuperan objetos, como sugiere la guía: la recuperación se hace con versionado, réplicas o copias de seguridad.',
      en: 'Event notifications do not recover objects, as the guide suggests: recovery relies on versioning, replicas or backups.',
    },
  },
];
