import { defineLab } from '../../checker/core/define.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import s3NotificationRawCreated from './checks/s3_notification_raw_created.ts';
import s3PolicyGlueAccessGranted from './checks/s3_policy_glue_access_granted.ts';
import s3PolicyGlueAccessScoped from './checks/s3_policy_glue_access_scoped.ts';
import s3PolicyOthersDenied from './checks/s3_policy_others_denied.ts';
import s3PolicyTlsKept from './checks/s3_policy_tls_kept.ts';
import { dataLakeSetup } from './setup.ts';

export default defineLab({
  id: 'data-lake',
  title: { es: 'El bucket se convierte en data lake', en: 'The bucket becomes a data lake' },
  summary: {
    es: 'La política del bucket da al rol de Glue justo lo que necesita en raw/ y processed/ sin abrir nada a nadie más ni perder la exigencia de TLS, y el bucket avisa de cada fichero nuevo en raw/ (a EventBridge o a una función).',
    en: 'The bucket policy gives the Glue role just what it needs on raw/ and processed/, opens nothing to anyone else and keeps requiring TLS, and the bucket announces every new file in raw/ (to EventBridge or to a function).',
  },
  lessons: ['connecting-services/s3-data-lake'],
  // The bucket comes from s3-bucket and the Glue service role its policy names from glue-catalog.
  requires: ['s3-bucket', 'glue-catalog'],
  setup: dataLakeSetup,
  // The data-lake bucket (taxis-datalake-<learner>-<account>) bounds the learner name, as in s3-bucket.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  checks: [s3PolicyGlueAccessGranted, s3PolicyGlueAccessScoped, s3PolicyOthersDenied, s3PolicyTlsKept, s3NotificationRawCreated],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'El bucket del laboratorio del bucket S3 y el ARN del rol de servicio de Glue, tal como IAM lo devuelve.',
        en: 'The bucket from the S3 bucket lab and the Glue service role\'s ARN, exactly as IAM returns it.',
      },
    },
    {
      id: 'read-policy',
      title: { es: 'Lee la política actual', en: 'Read the current policy' },
      description: {
        es: 'put-bucket-policy sustituye la política entera, así que se parte de la que ya tiene el bucket (con su Deny sin TLS).',
        en: 'put-bucket-policy replaces the whole policy, so you start from the one the bucket already has (with its non-TLS Deny).',
      },
    },
    {
      id: 'merge-policy',
      title: { es: 'Añade las instrucciones de Glue', en: 'Add the Glue statements' },
      description: {
        es: 'Un pequeño script de Python quita cualquier copia anterior de estas instrucciones (por su Sid) y añade las nuevas al final; el resto queda igual.',
        en: 'A small Python script drops any earlier copy of these statements (by Sid) and appends the new ones; everything else stays as it was.',
      },
    },
    {
      id: 'put-policy',
      title: { es: 'Guarda la política combinada', en: 'Save the merged policy' },
      description: {
        es: 'S3 valida el documento y los principales: un ARN de rol que no existe se rechaza.',
        en: 'S3 validates the document and its principals: a role ARN that does not exist is refused.',
      },
    },
    {
      id: 'eventbridge',
      title: { es: 'Envía los eventos del bucket a EventBridge', en: 'Send the bucket\'s events to EventBridge' },
      description: {
        es: 'Esta llamada también sustituye la configuración entera: se conservan las notificaciones que ya hubiera y se añade EventBridge.',
        en: 'This call also replaces the whole configuration: existing notifications are kept and EventBridge is added.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'Los Sid de la política y la configuración de notificaciones, antes de ejecutar el comprobador.',
        en: 'The policy\'s Sids and the notification configuration, before you run the checker.',
      },
    },
  ],
});
