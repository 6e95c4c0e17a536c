import type { AccessQuestion } from '../../checker/judgements/iam-access.ts';
import type { AccessScene, RoleSpec } from '../shared/ec2-role.ts';
import { dataLakeHarm, dataLakeWork } from '../shared/ec2-role.ts';

/** The role the lesson creates for the taxi application's EC2 instances. */
export const APP_ROLE: RoleSpec = { name: 'taxi-ec2-app-role', existsCheck: 'iam_app_role_exists' };

/** The DynamoDB table the application writes trips to; the policy may name it before it exists. */
export const TABLE = 'taxi-trips';
/** The table's global secondary index in the DynamoDB lesson (connecting-services/dynamodb). */
export const INDEX = 'by-dropoff-zone';

export const tableArn = (scene: AccessScene, table = TABLE) => `arn:aws:dynamodb:${scene.region}:${scene.account}:table/${table}`;

/** What the application on the instance does with the data lake and the trips table. */
export function appNeeds(scene: AccessScene): AccessQuestion[] {
  const table = tableArn(scene);
  return [
    ...dataLakeWork(scene),
    ...['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'].map((action) => ({ action, resource: table })),
    // A Query on a secondary index is authorised on the index's own ARN, not the table's.
    { action: 'dynamodb:Query', resource: `${table}/index/${INDEX}` },
  ];
}

/** What a stolen set of the instance's credentials must not be able to do. */
export function appForbidden(scene: AccessScene): AccessQuestion[] {
  const table = tableArn(scene);
  const other = tableArn(scene, 'nubelab-some-other-table');
  return [
    ...dataLakeHarm(scene, APP_ROLE.name),
    { action: 'dynamodb:DeleteTable', resource: table },
    { action: 'dynamodb:CreateTable', resource: table },
    { action: 'dynamodb:UpdateTable', resource: table },
    { action: 'dynamodb:DeleteItem', resource: table },
    // BatchWriteItem is authorised as itself, and its DeleteRequest removes items: a delete by another door.
    { action: 'dynamodb:BatchWriteItem', resource: table },
    ...['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:Scan'].map((action) => ({ action, resource: other })),
  ];
}
