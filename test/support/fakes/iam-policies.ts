import type { AttachedPolicy } from '../../../checker/services/iam/types.ts';

/** Policy documents the IAM checks' unit tests share: AWS managed policies as IAM returns them, and EC2's trust. */

/** An AWS managed policy with one statement (or its first statements, enough for what the tests ask). */
export const awsManaged = (name: string, ...statements: object[]): AttachedPolicy => ({
  name,
  kind: 'aws-managed',
  arn: `arn:aws:iam::aws:policy/${name}`,
  document: { Version: '2012-10-17', Statement: statements as never },
});

export const S3_FULL_ACCESS = awsManaged('AmazonS3FullAccess', { Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' });

/** AmazonDynamoDBFullAccess: its first statement and its conditional PassRole (shortened). */
export const DYNAMODB_FULL_ACCESS = awsManaged(
  'AmazonDynamoDBFullAccess',
  { Effect: 'Allow', Action: ['dynamodb:*', 'dax:*', 'application-autoscaling:PutScalingPolicy', 'cloudwatch:PutMetricAlarm', 'iam:GetRole', 'iam:ListRoles', 'lambda:CreateFunction'], Resource: '*' },
  {
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: '*',
    Condition: { StringLike: { 'iam:PassedToService': ['application-autoscaling.amazonaws.com', 'dax.amazonaws.com'] } },
  },
);

export const EC2_READ_ONLY = awsManaged('AmazonEC2ReadOnlyAccess', { Effect: 'Allow', Action: ['ec2:Describe*', 'ec2:GetSecurityGroupsForVpc', 'elasticloadbalancing:Describe*', 'cloudwatch:ListMetrics', 'autoscaling:Describe*'], Resource: '*' });
export const EC2_FULL_ACCESS = awsManaged('AmazonEC2FullAccess', { Effect: 'Allow', Action: ['ec2:*', 'elasticloadbalancing:*', 'cloudwatch:*', 'autoscaling:*'], Resource: '*' });
export const ADMINISTRATOR = awsManaged('AdministratorAccess', { Effect: 'Allow', Action: '*', Resource: '*' });
export const CHANGE_PASSWORD = awsManaged('IAMUserChangePassword', { Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: [`arn:aws:iam::*:user/\${aws:username}`] });

/** AWSLambdaBasicExecutionRole as IAM returns it (version v1): its path puts it under service-role/. */
export const LAMBDA_BASIC_EXECUTION = {
  ...awsManaged('AWSLambdaBasicExecutionRole', { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }),
  arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
};

/** The trust the console writes for a role EC2 uses. */
export const EC2_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
