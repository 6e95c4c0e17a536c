import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxis-datalake-<name>-<account>',
      what: { es: 'El cifrado por defecto del bucket con la clave (vuelve a SSE-S3)', en: 'The bucket\'s default encryption with the key (back to SSE-S3)' },
      console: {
        es: 'S3 → el bucket → Properties → Default encryption → Edit → SSE-S3 → Save. Los objetos cifrados con la clave siguen así hasta que los reescribas.',
        en: 'S3 → the bucket → Properties → Default encryption → Edit → SSE-S3 → Save. Objects encrypted with the key stay that way until you rewrite them.',
      },
    },
    {
      resource: 'alias/taxis-datalake',
      what: { es: 'El alias y la clave KMS (KMS la borra tras un periodo de espera de 7 a 30 días)', en: 'The alias and the KMS key (KMS deletes it after a waiting period of 7 to 30 days)' },
      console: {
        es: 'Key Management Service → Customer managed keys → la clave → Key actions → Schedule key deletion → 7 días. El alias se borra en la pestaña Aliases.',
        en: 'Key Management Service → Customer managed keys → the key → Key actions → Schedule key deletion → 7 days. Delete the alias on the Aliases tab.',
      },
      cost: {
        es: 'US$1 al mes por clave (prorrateado por horas), más las peticiones',
        en: 'US$1 a month per key (prorated by the hour), plus requests',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}
KEY_ID=$(aws kms describe-key --key-id alias/taxis-datalake --query KeyMetadata.KeyId --output text)

${say('# Primero el bucket vuelve a SSE-S3 y se reescriben los objetos: lo cifrado con una clave borrada no se puede leer nunca más', '# First the bucket goes back to SSE-S3 and the objects are rewritten: what a deleted key encrypted can never be read again')}
aws s3api put-bucket-encryption --bucket "$BUCKET" \\
  --server-side-encryption-configuration '{"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}'
aws s3 cp "s3://$BUCKET/" "s3://$BUCKET/" --recursive --sse AES256

${say('# KMS no borra una clave al momento: como mínimo espera 7 días (aws kms cancel-key-deletion la recupera hasta entonces)', '# KMS never deletes a key at once: it waits at least 7 days (aws kms cancel-key-deletion brings it back until then)')}
aws kms delete-alias --alias-name alias/taxis-datalake
aws kms schedule-key-deletion --key-id "$KEY_ID" --pending-window-in-days 7`;
  },
  note: {
    es: 'El bucket es del laboratorio del bucket S3: se limpia con él. Si desplegaste la referencia, npx nubelab destroy kms-key devuelve el bucket a SSE-S3, borra el alias y programa el borrado de la clave a 7 días (la salida dice en qué fecha).',
    en: 'The bucket belongs to the S3 bucket lab: it is cleaned up with it. If you deployed the reference, npx nubelab destroy kms-key puts the bucket back on SSE-S3, deletes the alias and schedules the key\'s deletion in 7 days (the output says on which date).',
  },
};
