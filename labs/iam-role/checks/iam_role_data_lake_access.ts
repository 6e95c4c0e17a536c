import { accessCheck } from '../../shared/ec2-role.ts';
import { dataLakeNeeds, DE_ROLE } from '../role.ts';

export default accessCheck({
  ...DE_ROLE,
  id: 'iam_role_data_lake_access',
  cli: 'aws iam put-role-policy --role-name de-s3access --policy-name taxi-bucket-access --policy-document file://taxi-bucket-access.json',
  title: {
    es: 'El rol puede listar el bucket, leer raw/ y escribir en processed/',
    en: 'The role can list the bucket, read raw/ and write to processed/',
  },
  hint: {
    es: 'Concede s3:ListBucket sobre el ARN del bucket (sin /*), s3:GetObject sobre <bucket>/raw/* (o <bucket>/*) y s3:PutObject sobre <bucket>/processed/*. Con solo s3:GetObject, aws s3 ls falla.',
    en: 'Grant s3:ListBucket on the bucket ARN (without /*), s3:GetObject on <bucket>/raw/* (or <bucket>/*) and s3:PutObject on <bucket>/processed/*. With s3:GetObject alone, aws s3 ls fails.',
  },
  mustAllow: dataLakeNeeds,
  mustDeny: () => [],
});
