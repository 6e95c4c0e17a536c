import { sageMakerAccessCheck, sageMakerWork } from '../role-access.ts';

export default sageMakerAccessCheck({
  id: 'sagemaker_role_data_access',
  title: {
    es: 'El rol de SageMaker puede leer processed/ y leer y escribir en models/',
    en: 'The SageMaker role can read processed/ and read and write models/',
  },
  hint: {
    es: 'Da al rol s3:ListBucket sobre el bucket, s3:GetObject sobre <bucket>/processed/* y s3:GetObject y s3:PutObject sobre <bucket>/models/*: el entrenamiento lee los viajes y el código, y escribe model.tar.gz; el endpoint lo vuelve a leer.',
    en: 'Give the role s3:ListBucket on the bucket, s3:GetObject on <bucket>/processed/* and s3:GetObject and s3:PutObject on <bucket>/models/*: training reads the trips and the code and writes model.tar.gz; the endpoint reads it back.',
  },
  cli: 'aws iam put-role-policy --role-name TaxisSageMakerRole --policy-name TaxisSageMakerAccess --policy-document file://sagemaker-access.json',
  mustAllow: sageMakerWork,
  mustDeny: () => [],
});
