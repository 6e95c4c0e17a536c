import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/** IAM role names have at most 64 characters: `taxi-ec2-app-role-` + learner. */
export const EC2_APP_ROLE_MAX_LEARNER = 64 - 'taxi-ec2-app-role-'.length;

export interface Ec2RoleS3DynamodbStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `ec2-role-s3-dynamodb`: the role the taxi application's EC2 instances use. It trusts EC2
 * alone, lives in an instance profile, and replaces AmazonS3FullAccess and AmazonDynamoDBFullAccess
 * with one customer managed policy: list the data-lake bucket, read and write its objects, and
 * read and write items of the taxi-trips table and query its indexes. No deletes, no other bucket
 * or table, no table changes, no IAM.
 */
export class Ec2RoleS3DynamodbStack extends Stack {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: Ec2RoleS3DynamodbStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, EC2_APP_ROLE_MAX_LEARNER);

    // The bucket of the s3-bucket lab, named by the same rule; the role can be created before it exists.
    const bucketArn = `arn:${Aws.PARTITION}:s3:::taxis-datalake-${props.learner}-${Aws.ACCOUNT_ID}`;
    // The table comes later in the course (DynamoDB lesson); an IAM policy may name it first.
    const tableArn = `arn:${Aws.PARTITION}:dynamodb:${Aws.REGION}:${Aws.ACCOUNT_ID}:table/taxi-trips`;

    // Trust: only the EC2 service may assume the role, on behalf of the instances it is given to.
    this.role = new iam.Role(this, 'AppRole', {
      roleName: `taxi-ec2-app-role-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: 'Taxi app on EC2: taxi bucket and taxi-trips table',
    });

    // The lesson's policy, statement for statement. Listing applies to the bucket ARN and object
    // actions to object ARNs; a Query on a secondary index is authorised on the index's own ARN.
    const policy = new iam.ManagedPolicy(this, 'AppAccess', {
      managedPolicyName: `taxi-ec2-app-access-${props.learner}`,
      description: 'List the taxi data lake, read and write its objects, read and write taxi-trips items',
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({ sid: 'ListTaxiBucket', actions: ['s3:ListBucket'], resources: [bucketArn] }),
        new iam.PolicyStatement({ sid: 'ReadWriteTaxiObjects', actions: ['s3:GetObject', 's3:PutObject'], resources: [`${bucketArn}/*`] }),
        new iam.PolicyStatement({
          sid: 'TaxiTripsTable',
          actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
          resources: [tableArn, `${tableArn}/index/*`],
        }),
      ],
    });

    // EC2 attaches instance profiles, not roles. The console creates one silently; CDK says so.
    const profile = new iam.CfnInstanceProfile(this, 'AppProfile', {
      instanceProfileName: `taxi-ec2-app-role-${props.learner}`,
      roles: [this.role.roleName],
    });

    // cdk-nag (AwsSolutions-IAM5) flags every wildcard in a resource. These two stay inside one
    // bucket and one table: any object key of the data lake, any index of taxi-trips. Each finding
    // is acknowledged by its exact resource, so a new wildcard would still be flagged.
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-${props.learner}-<AWS::AccountId>/*]`,
      reason: 'Object keys need a wildcard: the application reads and writes trip files anywhere inside the one data-lake bucket.',
    });
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/taxi-trips/index/*]',
      reason: 'Queries on the secondary indexes of taxi-trips are authorised on each index ARN; the wildcard covers only that table\'s indexes.',
    });

    new CfnOutput(this, 'RoleName', { value: this.role.roleName, description: 'The taxi application instance role' });
    new CfnOutput(this, 'InstanceProfileName', { value: profile.ref, description: 'Give this instance profile to the application instances' });
  }
}
