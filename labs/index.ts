import type { LabDefinition } from '../checker/core/types.ts';
import athenaQueries from './athena-queries/lab.ts';
import biDashboard from './bi-dashboard/lab.ts';
import dataLake from './data-lake/lab.ts';
import dynamodbTable from './dynamodb-table/lab.ts';
import ec2Instance from './ec2-instance/lab.ts';
import ec2RoleS3Dynamodb from './ec2-role-s3-dynamodb/lab.ts';
import webServer from './web-server/lab.ts';
import glueCatalog from './glue-catalog/lab.ts';
import iamRole from './iam-role/lab.ts';
import iamUsers from './iam-users/lab.ts';
import kmsKey from './kms-key/lab.ts';
import lambdaResize from './lambda-resize/lab.ts';
import mlEndpoint from './ml-endpoint/lab.ts';
import s3Bucket from './s3-bucket/lab.ts';
import vpcNetwork from './vpc-network/lab.ts';

/** Every lab, in course order. Listed by hand: adding a lab is a reviewed, explicit change. */
export const labs: readonly LabDefinition[] = [s3Bucket, iamRole, ec2Instance, webServer, ec2RoleS3Dynamodb, iamUsers, lambdaResize, dynamodbTable, glueCatalog, dataLake, kmsKey, athenaQueries, biDashboard, mlEndpoint, vpcNetwork];

export function findLab(id: string): LabDefinition | undefined {
  return labs.find((lab) => lab.id === id);
}
