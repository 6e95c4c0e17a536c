import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/** IAM role names have at most 64 characters: `de-s3access-` + learner. */
export const IAM_ROLE_MAX_LEARNER = 64 - 'de-s3access-'.length;

export interface IamRoleStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `iam-role`: the role the data-engineer instance uses to work with the data lake. It trusts
 * EC2 alone, lives in an instance profile, and may list the bucket, read its objects and write
 * under processed/. Nothing else: no deletes, no other buckets, no bucket policy changes, no IAM.
 */
export class IamRoleStack extends Stack {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: IamRoleStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, IAM_ROLE_MAX_LEARNER);

    // The bucket of the s3-bucket lab, named by the same rule; the role can be created before it exists.
    const bucketArn = `arn:${Aws.PARTITION}:s3:::taxis-datalake-${props.learner}-${Aws.ACCOUNT_ID}`;

    // Trust: only the EC2 service may assume the role, on behalf of the instances it is given to.
    this.role = new iam.Role(this, 'DataEngineerRole', {
      roleName: `de-s3access-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: 'data-engineer instance: reads raw/, writes processed/ in the taxi data lake',
    });

    // A customer managed policy rather than an inline one: it can be reviewed and reused on its own.
    // Listing applies to the bucket ARN, reading and writing to object ARNs: mixing them grants nothing.
    const policy = new iam.ManagedPolicy(this, 'TaxiBucketAccess', {
      managedPolicyName: `taxi-bucket-access-${props.learner}`,
      description: 'List the taxi data lake, read its objects, write under processed/',
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({ sid: 'ListTheTaxiBucket', actions: ['s3:ListBucket', 's3:GetBucketLocation'], resources: [bucketArn] }),
        new iam.PolicyStatement({ sid: 'ReadAllObjects', actions: ['s3:GetObject'], resources: [`${bucketArn}/*`] }),
        new iam.PolicyStatement({ sid: 'WriteProcessedData', actions: ['s3:PutObject'], resources: [`${bucketArn}/processed/*`] }),
      ],
    });

    // EC2 attaches instance profiles, not roles. The console creates one silently; CDK says so.
    const profile = new iam.CfnInstanceProfile(this, 'DataEngineerProfile', {
      instanceProfileName: `de-s3access-${props.learner}`,
      roles: [this.role.roleName],
    });

    // cdk-nag (AwsSolutions-IAM5) flags every wildcard in a resource; these two are object keys
    // inside the one bucket, which is what "any trip file" and "anything under processed/" mean.
    // Each finding is acknowledged by its exact resource, so a new wildcard would still be flagged.
    for (const keys of ['/*', '/processed/*']) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-${props.learner}-<AWS::AccountId>${keys}]`,
        reason: `Object keys need a wildcard (${keys}): any trip file to read, anything under processed/ to write, all inside the one data-lake bucket.`,
      });
    }

    new CfnOutput(this, 'RoleName', { value: this.role.roleName, description: 'The data-engineer instance role' });
    new CfnOutput(this, 'InstanceProfileName', { value: profile.ref, description: 'Give this instance profile to the data-engineer instance' });
  }
}
