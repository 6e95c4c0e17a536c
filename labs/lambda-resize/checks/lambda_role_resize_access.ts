import { resizeWork, roleAccessCheck } from '../role-access.ts';

export default roleAccessCheck({
  id: 'lambda_role_resize_access',
  cli: 'aws iam put-role-policy --role-name <function-role> --policy-name resize-photos --policy-document file://resize-photos.json',
  title: {
    es: 'El rol de la función puede leer input/, escribir en output/ y escribir sus logs',
    en: 'The function\'s role can read input/, write to output/ and write its logs',
  },
  hint: {
    es: 'Adjunta AWSLambdaBasicExecutionRole (logs) y una política con s3:GetObject sobre <bucket>/input/* y s3:PutObject sobre <bucket>/output/*.',
    en: 'Attach AWSLambdaBasicExecutionRole (logs) and a policy with s3:GetObject on <bucket>/input/* and s3:PutObject on <bucket>/output/*.',
  },
  mustAllow: resizeWork,
  mustDeny: () => [],
});
