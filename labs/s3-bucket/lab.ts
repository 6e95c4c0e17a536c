import { defineLab } from '../../checker/core/define.ts';
import { SAMPLE_CSV } from '../../checker/paths.ts';
import { BUCKET_PREFIX } from './bucket.ts';
import s3BucketAclsDisabled from './checks/s3_bucket_acls_disabled.ts';
import s3BucketDefaultEncryption from './checks/s3_bucket_default_encryption.ts';
import s3BucketExists from './checks/s3_bucket_exists.ts';
import s3BucketLifecycleConfigured from './checks/s3_bucket_lifecycle_configured.ts';
import s3BucketPublicAccessBlocked from './checks/s3_bucket_public_access_blocked.ts';
import s3BucketRawSamplePresent from './checks/s3_bucket_raw_sample_present.ts';
import s3BucketTlsEnforced from './checks/s3_bucket_tls_enforced.ts';
import s3BucketVersioningEnabled from './checks/s3_bucket_versioning_enabled.ts';
import { gradedBucket } from './bucket.ts';

export default defineLab({
  id: 's3-bucket',
  lessons: ['taxi-project/s3-bucket'],
  seeds: [{ bucketOutput: 'BucketName', key: 'raw/taxi-sample.csv', file: SAMPLE_CSV, contentType: 'text/csv' }],
  // The bucket is named <prefix><learner>-<12-digit account>, within S3's 63 characters.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  title: { es: 'El bucket del data lake de taxis', en: 'The taxi data-lake bucket' },
  summary: {
    es: 'Crea el bucket privado, cifrado y versionado donde el proyecto guarda los viajes de taxi en bruto.',
    en: 'Create the private, encrypted, versioned bucket where the project keeps the raw taxi trips.',
  },
  graded: gradedBucket,
  checks: [
    s3BucketExists,
    s3BucketAclsDisabled,
    s3BucketPublicAccessBlocked,
    s3BucketVersioningEnabled,
    s3BucketDefaultEncryption,
    s3BucketTlsEnforced,
    s3BucketLifecycleConfigured,
    s3BucketRawSamplePresent,
  ],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El nombre lleva tu identificador y el número de cuenta, porque los nombres de bucket son únicos en todo AWS.',
        en: 'The name carries your identifier and account number, because bucket names are unique across all of AWS.',
      },
    },
    {
      id: 'create-bucket',
      title: { es: 'Crea el bucket', en: 'Create the bucket' },
      description: {
        es: 'Fuera de us-east-1 hay que indicar la región también como LocationConstraint.',
        en: 'Outside us-east-1 the region must also be given as the LocationConstraint.',
      },
    },
    {
      id: 'block-public-access',
      title: { es: 'Bloquea el acceso público', en: 'Block public access' },
      description: {
        es: 'En AWS ya viene activado en los buckets nuevos; decláralo igualmente para que tu intención quede escrita.',
        en: 'AWS already turns this on for new buckets; state it anyway so your intent is written down.',
      },
    },
    {
      id: 'ownership',
      title: { es: 'Desactiva las ACL', en: 'Disable ACLs' },
      description: {
        es: 'Con BucketOwnerEnforced el bucket es dueño de todos los objetos y solo mandan las políticas.',
        en: 'With BucketOwnerEnforced the bucket owns every object and only policies decide access.',
      },
    },
    {
      id: 'versioning',
      title: { es: 'Activa el versionado', en: 'Turn on versioning' },
      description: {
        es: 'Cada sobrescritura o borrado conserva la versión anterior, así que un error se puede deshacer.',
        en: 'Every overwrite or delete keeps the previous version, so a mistake can be undone.',
      },
    },
    {
      id: 'encryption',
      title: { es: 'Fija el cifrado predeterminado', en: 'Set default encryption' },
      description: {
        es: 'SSE-S3 (AES256) no cuesta nada; SSE-KMS también vale si quieres controlar la clave.',
        en: 'SSE-S3 (AES256) costs nothing; SSE-KMS is fine too if you want to control the key.',
      },
    },
    {
      id: 'tls-policy',
      title: { es: 'Exige TLS con una política de bucket', en: 'Require TLS with a bucket policy' },
      description: {
        es: 'La instrucción rechaza cualquier petición sin cifrar, tanto al bucket como a sus objetos.',
        en: 'The statement refuses every unencrypted request, to the bucket and to its objects alike.',
      },
    },
    {
      id: 'lifecycle',
      title: { es: 'Añade el ciclo de vida', en: 'Add the lifecycle rules' },
      description: {
        es: 'Los datos en bruto pasan a Standard-IA a los 30 días y las versiones antiguas caducan a los 90.',
        en: 'Raw data moves to Standard-IA after 30 days and old versions expire after 90.',
      },
    },
    {
      id: 'upload-sample',
      title: { es: 'Sube la muestra de viajes', en: 'Upload the trip sample' },
      description: {
        es: 'La muestra viene con el proyecto en data/taxi-sample.csv; no hace falta descargar nada.',
        en: 'The sample ships with the project as data/taxi-sample.csv; nothing needs downloading.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'Un vistazo rápido antes de ejecutar el comprobador.',
        en: 'A quick look before you run the checker.',
      },
    },
  ],
});
