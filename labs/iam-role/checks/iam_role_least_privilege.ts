import { accessCheck } from '../../shared/ec2-role.ts';
import { dataLakeForbidden, DE_ROLE } from '../role.ts';

export default accessCheck({
  ...DE_ROLE,
  id: 'iam_role_least_privilege',
  cli: 'aws iam detach-role-policy --role-name de-s3access --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
  title: {
    es: 'El rol no puede borrar objetos, tocar otros buckets, cambiar políticas ni usar IAM',
    en: 'The role cannot delete objects, touch other buckets, change policies or use IAM',
  },
  hint: {
    es: 'Quita AmazonS3FullAccess y cualquier s3:* o Resource "*": concede solo las acciones de la lección, sobre el ARN de tu bucket. Nada de s3:DeleteObject, s3:PutBucketPolicy ni acciones iam:.',
    en: 'Remove AmazonS3FullAccess and any s3:* or Resource "*": grant only the lesson\'s actions, on your bucket\'s ARN. No s3:DeleteObject, s3:PutBucketPolicy or iam: actions.',
  },
  mustAllow: () => [],
  mustDeny: dataLakeForbidden,
});
