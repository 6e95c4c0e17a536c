import { Aws, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

const BUCKET_PREFIX = 'taxis-datalake-';
/** The data-lake bucket's name bounds the learner: prefix + learner + `-` + 12-digit account ≤ 63. */
export const ML_ENDPOINT_MAX_LEARNER = 63 - BUCKET_PREFIX.length - 1 - 12;

export interface MlEndpointStackProps extends StackProps {
  learner: string;
}

/**
 * Lab `ml-endpoint`: SageMaker's execution role for the taxi fare model. It trusts SageMaker
 * alone; in S3 it may list and read processed/ and read and write models/ of the one data-lake
 * bucket, nothing else; it writes its logs and metrics and pulls the framework image.
 *
 * The training job, the model, the endpoint configuration and the endpoint are not in this stack:
 * training is not a CloudFormation resource, and a model needs the model.tar.gz training writes.
 * The lab's setup (labs/ml-endpoint/setup.ts) creates them after deploy and deletes the endpoint,
 * its configuration and the model before destroy.
 */
export class MlEndpointStack extends Stack {
  constructor(scope: Construct, id: string, props: MlEndpointStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, ML_ENDPOINT_MAX_LEARNER);

    const bucketName = `${BUCKET_PREFIX}${props.learner}-${Aws.ACCOUNT_ID}`;
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;

    const access = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          sid: 'ListDataAndModels', actions: ['s3:ListBucket'], resources: [bucketArn],
          conditions: { StringLike: { 's3:prefix': ['processed/*', 'models/*'] } },
        }),
        new iam.PolicyStatement({ sid: 'ReadProcessed', actions: ['s3:GetObject'], resources: [`${bucketArn}/processed/*`] }),
        new iam.PolicyStatement({ sid: 'ReadWriteModels', actions: ['s3:GetObject', 's3:PutObject'], resources: [`${bucketArn}/models/*`] }),
        new iam.PolicyStatement({
          sid: 'Logs',
          actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [`arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:/aws/sagemaker/*`],
        }),
        new iam.PolicyStatement({
          sid: 'Metrics', actions: ['cloudwatch:PutMetricData'], resources: ['*'],
          conditions: { StringLike: { 'cloudwatch:namespace': ['/aws/sagemaker/*', 'AWS/SageMaker'] } },
        }),
        new iam.PolicyStatement({
          sid: 'PullImage',
          actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
          resources: ['*'],
        }),
      ],
    });

    const role = new iam.Role(this, 'SageMakerRole', {
      roleName: `TaxisSageMakerRole-${props.learner}`,
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
      description: 'SageMaker training and hosting of the taxi fare model',
      inlinePolicies: { TaxisSageMakerAccess: access },
    });

    const wildcards: [string, string][] = [
      [`Resource::arn:<AWS::Partition>:s3:::${BUCKET_PREFIX}${props.learner}-<AWS::AccountId>/processed/*`, 'Any object under processed/ of the one data-lake bucket: the training data.'],
      [`Resource::arn:<AWS::Partition>:s3:::${BUCKET_PREFIX}${props.learner}-<AWS::AccountId>/models/*`, 'Any object under models/ of the one data-lake bucket: the code archive and each job\'s model.tar.gz.'],
      ['Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/*', 'SageMaker names a log group per job type (/aws/sagemaker/TrainingJobs, /aws/sagemaker/Endpoints/<name>).'],
      ['Resource::*', 'cloudwatch:PutMetricData has no resource (it is limited by namespace instead) and ecr:GetAuthorizationToken neither; the image pull actions target AWS\'s own framework registry.'],
    ];
    for (const [resource, reason] of wildcards) Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[${resource}]`, reason });

    new CfnOutput(this, 'BucketName', { value: bucketName, description: 'The data lake: processed/ is read, models/ is written' });
    new CfnOutput(this, 'RoleArn', { value: role.roleArn, description: 'The SageMaker execution role' });
  }
}
