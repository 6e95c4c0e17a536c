import { accessCheck } from '../../shared/ec2-role.ts';
import { APP_ROLE, appNeeds } from '../role.ts';

export default accessCheck({
  ...APP_ROLE,
  id: 'iam_app_role_data_access',
  cli: 'aws iam attach-role-policy --role-name taxi-ec2-app-role --policy-arn arn:aws:iam::<account>:policy/taxi-ec2-app-dynamodb',
  title: {
    es: 'El rol puede usar el bucket del data lake y la tabla taxi-trips con sus índices',
    en: 'The role can use the data-lake bucket and the taxi-trips table with its indexes',
  },
  hint: {
    es: 'Concede s3:ListBucket sobre el ARN del bucket (sin /*) y s3:GetObject y s3:PutObject sobre <bucket>/*; y dynamodb:GetItem, PutItem, UpdateItem y Query sobre arn:aws:dynamodb:<región>:<cuenta>:table/taxi-trips y Query también sobre table/taxi-trips/index/*, porque una consulta a un índice se autoriza con el ARN del índice.',
    en: 'Grant s3:ListBucket on the bucket ARN (without /*) and s3:GetObject and s3:PutObject on <bucket>/*; and dynamodb:GetItem, PutItem, UpdateItem and Query on arn:aws:dynamodb:<region>:<account>:table/taxi-trips, plus Query on table/taxi-trips/index/*, because a query on an index is authorised against the index ARN.',
  },
  mustAllow: appNeeds,
  mustDeny: () => [],
});
