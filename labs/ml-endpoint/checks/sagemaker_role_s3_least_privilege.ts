import { sageMakerAccessCheck, sageMakerHarm } from '../role-access.ts';

export default sageMakerAccessCheck({
  id: 'sagemaker_role_s3_least_privilege',
  title: {
    es: 'El rol de SageMaker no puede leer raw/ ni otros buckets, cambiar processed/ ni usar IAM',
    en: 'The SageMaker role cannot read raw/ or other buckets, change processed/ or use IAM',
  },
  hint: {
    es: 'Quita AmazonS3FullAccess y cualquier s3:* o Resource "*" sobre objetos: en processed/ solo lectura, escritura solo en models/, y ninguna acción de IAM.',
    en: 'Remove AmazonS3FullAccess and any s3:* or Resource "*" on objects: read-only on processed/, writes only under models/, and no IAM actions.',
  },
  cli: 'aws iam list-attached-role-policies --role-name TaxisSageMakerRole && aws iam detach-role-policy --role-name TaxisSageMakerRole --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
  mustAllow: () => [],
  mustDeny: sageMakerHarm,
});
