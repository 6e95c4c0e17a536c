import type { CoverageEntry } from '../coverage-types.ts';

export const entries: CoverageEntry[] = [
  {
    guide: '004',
    heading: 'Pasos para Diseñar la Conexión entre los Servicios',
    page: 'connecting-services/architecture-diagram',
    section: null,
    note: {
      es: 'La visión de conjunto está en la página de arquitectura; cada paso tiene su propia página en la sección.',
      en: 'The overall picture is on the architecture page; each step has its own page in the section.',
    },
  },
  {
    guide: '004',
    heading: '1. Configurar IAM Roles y Policies',
    page: 'connecting-services/service-roles',
    section: null,
    note: {
      es: 'Corregido: el rol es para quien llama (Glue, Lambda), no para RDS ni S3; a RDS se llega con una conexión de Glue y credenciales en Secrets Manager.',
      en: 'Corrected: the role belongs to the caller (Glue, Lambda), not to RDS or S3; RDS is reached through a Glue connection with credentials in Secrets Manager.',
    },
  },
  {
    guide: '004',
    heading: '2. Configurar Amazon RDS',
    page: 'connecting-services/rds-private',
    section: null,
    note: {
      es: 'Corregido: el grupo de seguridad admite a los grupos de seguridad de Glue y Lambda, no roles; se añaden TLS verificado y Secrets Manager.',
      en: 'Corrected: the security group admits the Glue and Lambda security groups, not roles; verified TLS and Secrets Manager are added.',
    },
  },
  {
    guide: '004',
    heading: '3. Configurar Amazon DynamoDB',
    page: 'connecting-services/dynamodb',
    section: null,
    note: {
      es: 'Corregido: DynamoDB no asume roles; los tienen quienes llaman, y desde 2024 la tabla admite una política de recursos.',
      en: 'Corrected: DynamoDB does not assume roles; callers have them, and since 2024 a table accepts a resource policy.',
    },
  },
  {
    guide: '004',
    heading: '4. Configurar Amazon S3',
    page: 'connecting-services/s3-data-lake',
    section: null,
    note: {
      es: 'Corregido: S3 no arranca Glue directamente; se usa EventBridge o una función Lambda. El bucket es el del laboratorio.',
      en: 'Corrected: S3 does not start Glue directly; EventBridge or a Lambda function does. The bucket is the one from the lab.',
    },
  },
  {
    guide: '004',
    heading: '5. Configurar AWS Glue',
    page: 'connecting-services/glue',
    section: null,
  },
  {
    guide: '004',
    heading: '6. Configurar Amazon Athena',
    page: 'connecting-services/athena',
    section: null,
    note: {
      es: 'Se añaden los resultados administrados por Athena (2025) como alternativa al bucket de resultados.',
      en: 'Athena managed query results (2025) are added as an alternative to the results bucket.',
    },
  },
  {
    guide: '004',
    heading: '7. Configurar AWS KMS',
    page: 'connecting-services/kms',
    section: null,
    note: {
      es: 'La «clave maestra» es hoy una clave de KMS; el cifrado en tránsito lo da TLS, no KMS.',
      en: 'The "master key" is now a KMS key; encryption in transit comes from TLS, not KMS.',
    },
  },
  {
    guide: '004',
    heading: '8. Configurar Monitoreo y Alertas',
    page: 'connecting-services/cloudwatch',
    section: null,
  },
  {
    guide: '004',
    heading: 'Diagrama Conceptual de la Conexión',
    page: 'connecting-services/architecture-diagram',
    section: { es: 'El diagrama', en: 'The diagram' },
  },
];
