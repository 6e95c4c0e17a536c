import { accessCheck } from '../../shared/ec2-role.ts';
import { APP_ROLE, appForbidden } from '../role.ts';

export default accessCheck({
  ...APP_ROLE,
  id: 'iam_app_role_least_privilege',
  cli: 'aws iam list-attached-role-policies --role-name taxi-ec2-app-role && aws iam detach-role-policy --role-name taxi-ec2-app-role --policy-arn <too-broad-policy-arn>',
  title: {
    es: 'El rol no puede borrar datos, tocar otros buckets o tablas, cambiar la tabla ni usar IAM',
    en: 'The role cannot delete data, touch other buckets or tables, change the table or use IAM',
  },
  hint: {
    es: 'Sustituye AmazonS3FullAccess y AmazonDynamoDBFullAccess por una política propia con solo las acciones de la lección, sobre el ARN de tu bucket y el de la tabla taxi-trips. Nada de s3:DeleteObject, s3:PutBucketPolicy, dynamodb:DeleteItem, dynamodb:BatchWriteItem, dynamodb:DeleteTable ni acciones iam:.',
    en: 'Replace AmazonS3FullAccess and AmazonDynamoDBFullAccess with a policy of your own holding only the lesson\'s actions, on your bucket\'s ARN and the taxi-trips table\'s. No s3:DeleteObject, s3:PutBucketPolicy, dynamodb:DeleteItem, dynamodb:BatchWriteItem, dynamodb:DeleteTable or iam: actions.',
  },
  mustAllow: () => [],
  mustDeny: appForbidden,
});
