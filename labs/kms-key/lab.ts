import { defineLab } from '../../checker/core/define.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import kmsKeyExists from './checks/kms_key_exists.ts';
import kmsKeyPolicyScoped from './checks/kms_key_policy_scoped.ts';
import kmsKeyRotationEnabled from './checks/kms_key_rotation_enabled.ts';
import s3BucketKmsEncryption from './checks/s3_bucket_kms_encryption.ts';
import { gradedKey } from './key.ts';
import { kmsKeySetup } from './setup.ts';

export default defineLab({
  id: 'kms-key',
  title: { es: 'Una clave KMS propia para el data lake', en: 'A KMS key of your own for the data lake' },
  summary: {
    es: 'Una clave KMS administrada por el cliente, con alias y rotación automática, cuya política no abre nada a "*" ni a otras cuentas, y el bucket del data lake cifrando por defecto con ella y con S3 Bucket Keys.',
    en: 'A customer managed KMS key, with an alias and automatic rotation, whose policy opens nothing to "*" or other accounts, and the data-lake bucket encrypting by default with it and with S3 Bucket Keys.',
  },
  lessons: ['connecting-services/kms'],
  // The bucket that encrypts with the key comes from the s3-bucket lab.
  requires: ['s3-bucket'],
  setup: kmsKeySetup,
  graded: gradedKey,
  // The data-lake bucket (taxis-datalake-<learner>-<account>) bounds the learner name, as in s3-bucket.
  maxLearnerLength: 63 - BUCKET_PREFIX.length - '-'.length - 12,
  checks: [kmsKeyExists, kmsKeyRotationEnabled, kmsKeyPolicyScoped, s3BucketKmsEncryption],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'La cuenta, el bucket del laboratorio del bucket S3 y el alias que tendrá la clave.',
        en: 'The account, the bucket from the S3 bucket lab and the alias the key will have.',
      },
    },
    {
      id: 'create-key',
      title: { es: 'Crea la clave y su alias', en: 'Create the key and its alias' },
      description: {
        es: 'Una clave simétrica de cifrado; si el alias ya existe (una segunda ejecución), se reutiliza su clave en vez de crear otra.',
        en: 'A symmetric encryption key; if the alias already exists (a second run), its key is reused instead of creating another.',
      },
    },
    {
      id: 'key-policy',
      title: { es: 'Fija la política de la clave', en: 'Set the key policy' },
      description: {
        es: 'Solo la instrucción que deja decidir a las políticas de IAM de tu cuenta: nada para "*" ni para otras cuentas.',
        en: 'Only the statement that lets your account\'s IAM policies decide: nothing for "*" or other accounts.',
      },
    },
    {
      id: 'rotation',
      title: { es: 'Activa la rotación automática', en: 'Turn on automatic rotation' },
      description: {
        es: 'Cada 365 días (el valor por defecto); hoy puede ser cualquier periodo entre 90 y 2560 días.',
        en: 'Every 365 days (the default); today it may be any period between 90 and 2,560 days.',
      },
    },
    {
      id: 'bucket-encryption',
      title: { es: 'Cifra el bucket con la clave', en: 'Encrypt the bucket with the key' },
      description: {
        es: 'SSE-KMS con el ARN de la clave y S3 Bucket Keys, para que S3 no llame a KMS por cada objeto.',
        en: 'SSE-KMS with the key\'s ARN and S3 Bucket Keys, so S3 does not call KMS for every object.',
      },
    },
    {
      id: 'verify',
      title: { es: 'Comprueba el resultado', en: 'Check the result' },
      description: {
        es: 'El estado de la clave, su rotación y el cifrado por defecto del bucket, antes de ejecutar el comprobador.',
        en: 'The key\'s state, its rotation and the bucket\'s default encryption, before you run the checker.',
      },
    },
  ],
});
