import { inLang, type LabCleanup } from '../shared/cleanup.ts';

export const cleanup: LabCleanup = {
  items: [
    {
      resource: 'taxis-datalake-<name>-<account>',
      what: { es: 'El bucket del data lake, con todas las versiones de sus objetos', en: 'The data-lake bucket, with every version of its objects' },
      console: {
        es: 'S3 → el bucket → Empty (borra también las versiones anteriores) y después Delete.',
        en: 'S3 → the bucket → Empty (it also deletes earlier versions), then Delete.',
      },
      cost: {
        es: 'el almacenamiento por GB y mes, versiones anteriores incluidas, y las peticiones',
        en: 'storage per GB-month, earlier versions included, and requests',
      },
    },
  ],
  cli: (lang) => {
    const say = inLang(lang);
    return `export AWS_DEFAULT_REGION=us-east-1
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
BUCKET=taxis-datalake-student-$ACCOUNT_ID   ${say('# cambia student por tu nombre si usaste otro', '# replace student with your name if you used another')}

${say('# El versionado guarda cada versión anterior: borra versiones y marcadores de borrado, y luego el bucket.', '# Versioning keeps every old version: delete versions and delete markers, then the bucket.')}
aws s3api delete-objects --bucket "$BUCKET" --delete "$(aws s3api list-object-versions --bucket "$BUCKET" \\
  --query '{Objects: Versions[].{Key: Key, VersionId: VersionId}}' --output json)"
aws s3api delete-objects --bucket "$BUCKET" --delete "$(aws s3api list-object-versions --bucket "$BUCKET" \\
  --query '{Objects: DeleteMarkers[].{Key: Key, VersionId: VersionId}}' --output json)"
aws s3api delete-bucket --bucket "$BUCKET"`;
  },
  note: {
    es: 'Los laboratorios de IAM, Glue y Athena usan este bucket: bórralo el último. Si una de las dos órdenes `delete-objects` dice que no hay objetos, es que no quedaba nada de ese tipo.',
    en: 'The IAM, Glue and Athena labs use this bucket: delete it last. If one of the two `delete-objects` commands says there are no objects, there was nothing of that kind left.',
  },
};
