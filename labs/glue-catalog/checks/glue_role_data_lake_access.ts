import { glueAccessCheck, glueWork } from '../role-access.ts';

export default glueAccessCheck({
  id: 'glue_role_data_lake_access',
  cli: 'aws iam attach-role-policy --role-name TaxisGlueServiceRole --policy-arn arn:aws:iam::<account>:policy/<taxis-glue-data-lake-policy>',
  title: {
    es: 'El rol de Glue puede leer raw/, escribir en processed/ y leer el script del job',
    en: 'The Glue role can read raw/, write to processed/ and read the job\'s script',
  },
  hint: {
    es: 'AWSGlueServiceRole no da acceso a tu bucket. Añade una política con s3:GetObject sobre <bucket>/raw/* y sobre el script del job (por ejemplo <bucket>/scripts/*), s3:PutObject sobre <bucket>/processed/* y s3:ListBucket sobre el bucket.',
    en: 'AWSGlueServiceRole gives no access to your bucket. Add a policy with s3:GetObject on <bucket>/raw/* and on the job\'s script (for example <bucket>/scripts/*), s3:PutObject on <bucket>/processed/* and s3:ListBucket on the bucket.',
  },
  mustAllow: glueWork,
  mustDeny: () => [],
});
