import type { Mutant } from '../lab-contract.ts';
import { athenaQueriesMutants } from './athena-queries.ts';
import { biDashboardMutants } from './bi-dashboard.ts';
import { dataLakeMutants } from './data-lake.ts';
import { dynamodbTableMutants } from './dynamodb-table.ts';
import { ec2InstanceMutants } from './ec2-instance.ts';
import { ec2RoleS3DynamodbMutants } from './ec2-role-s3-dynamodb.ts';
import { glueCatalogMutants } from './glue-catalog.ts';
import { iamRoleMutants } from './iam-role.ts';
import { iamUsersMutants } from './iam-users.ts';
import { kmsKeyMutants } from './kms-key.ts';
import { lambdaResizeMutants } from './lambda-resize.ts';
import { mlEndpointMutants } from './ml-endpoint.ts';
import { s3BucketMutants } from './s3-bucket.ts';
import { vpcNetworkMutants } from './vpc-network.ts';
import { webServerMutants } from './web-server.ts';

/**
 * The mutants of the labs whose contract test keeps them in this shared folder, by lab id: the
 * engine matrix runs each of them on LocalStack and MiniStack. A lab joins by moving its
 * `mutants` here (written from the account and learner they are given) and adding one line.
 */
export const SHARED_MUTANTS: Readonly<Record<string, Record<string, Mutant>>> = {
  's3-bucket': s3BucketMutants,
  'iam-role': iamRoleMutants,
  'ec2-role-s3-dynamodb': ec2RoleS3DynamodbMutants,
  'lambda-resize': lambdaResizeMutants,
  'glue-catalog': glueCatalogMutants,
  'iam-users': iamUsersMutants,
  'ec2-instance': ec2InstanceMutants,
  'data-lake': dataLakeMutants,
  'kms-key': kmsKeyMutants,
  'dynamodb-table': dynamodbTableMutants,
  'web-server': webServerMutants,
  'athena-queries': athenaQueriesMutants,
  'vpc-network': vpcNetworkMutants,
  'bi-dashboard': biDashboardMutants,
  'ml-endpoint': mlEndpointMutants,
};
