import { resizeHarm, roleAccessCheck } from '../role-access.ts';

export default roleAccessCheck({
  id: 'lambda_role_least_privilege',
  cli: 'aws iam detach-role-policy --role-name <function-role> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
  title: {
    es: 'El rol de la función no puede escribir en input/, borrar, tocar otros buckets ni usar IAM',
    en: 'The function\'s role cannot write to input/, delete, touch other buckets or use IAM',
  },
  hint: {
    es: 'Quita AmazonS3FullAccess y cualquier s3:* o Resource "*": solo s3:GetObject en input/* y s3:PutObject en output/* de tu bucket. Que no pueda escribir en input/ es lo que corta el bucle de raíz.',
    en: 'Remove AmazonS3FullAccess and any s3:* or Resource "*": only s3:GetObject on input/* and s3:PutObject on output/* of your bucket. Not being able to write to input/ is what stops the loop at its root.',
  },
  mustAllow: () => [],
  mustDeny: resizeHarm,
});
