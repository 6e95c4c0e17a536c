import { glueAccessCheck, glueHarm } from '../role-access.ts';

export default glueAccessCheck({
  id: 'glue_role_least_privilege',
  cli: 'aws iam detach-role-policy --role-name TaxisGlueServiceRole --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
  title: {
    es: 'El rol de Glue no puede cambiar ni borrar raw/, leer otros buckets ni usar IAM',
    en: 'The Glue role cannot change or delete raw/, read other buckets or use IAM',
  },
  hint: {
    es: 'Quita AmazonS3FullAccess y cualquier s3:* o Resource "*" sobre objetos: en raw/ solo lectura, y ninguna acción de IAM. Borrar en processed/ no se evalúa, porque un job de Spark que sobrescribe su salida lo necesita.',
    en: 'Remove AmazonS3FullAccess and any s3:* or Resource "*" on objects: read-only on raw/, and no IAM actions. Deleting under processed/ is not judged, because a Spark job that overwrites its output needs it.',
  },
  mustAllow: () => [],
  mustDeny: glueHarm,
});
