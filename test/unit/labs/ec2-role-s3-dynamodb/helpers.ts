import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import { fakeContext, type FakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { fakeS3 } from '../../../support/fakes/s3.ts';
import { referenceBucket } from '../../../support/fixture-account.ts';

export const ACCOUNT = '123456789012';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/taxi-trips`;
export const ROLE = 'taxi-ec2-app-role';

export const EC2_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** The lesson's policy, as a customer managed policy (the console path and the reference). */
export function lessonPolicy(): AttachedPolicy {
  return {
    name: 'taxi-ec2-app-access',
    kind: 'managed',
    arn: `arn:aws:iam::${ACCOUNT}:policy/taxi-ec2-app-access`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ListTaxiBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
        { Sid: 'ReadWriteTaxiObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET_ARN}/*` },
        {
          Sid: 'TaxiTripsTable',
          Effect: 'Allow',
          Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
          Resource: [TABLE_ARN, `${TABLE_ARN}/index/*`],
        },
      ],
    },
  };
}

/** The CLI path's shape: one customer managed policy per service, the index granted Query alone. */
export function cliPolicies(): AttachedPolicy[] {
  return [
    {
      name: 'taxi-ec2-app-s3',
      kind: 'managed',
      arn: `arn:aws:iam::${ACCOUNT}:policy/taxi-ec2-app-s3`,
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'ListTaxiBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
          { Sid: 'ReadWriteTaxiObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET_ARN}/*` },
        ],
      },
    },
    {
      name: 'taxi-ec2-app-dynamodb',
      kind: 'managed',
      arn: `arn:aws:iam::${ACCOUNT}:policy/taxi-ec2-app-dynamodb`,
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'TaxiTripsItems', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'], Resource: TABLE_ARN },
          { Sid: 'TaxiTripsIndexes', Effect: 'Allow', Action: 'dynamodb:Query', Resource: `${TABLE_ARN}/index/*` },
        ],
      },
    },
  ];
}

/** AWS's AmazonS3FullAccess, as IAM returns it. */
export const S3_FULL_ACCESS: AttachedPolicy = {
  name: 'AmazonS3FullAccess',
  kind: 'aws-managed',
  arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }] },
};

/** AWS's AmazonDynamoDBFullAccess: its first statement and its conditional PassRole, as IAM returns them (shortened). */
export const DYNAMODB_FULL_ACCESS: AttachedPolicy = {
  name: 'AmazonDynamoDBFullAccess',
  kind: 'aws-managed',
  arn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['dynamodb:*', 'dax:*', 'application-autoscaling:PutScalingPolicy', 'cloudwatch:PutMetricAlarm', 'iam:GetRole', 'iam:ListRoles', 'lambda:CreateFunction'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: '*',
        Condition: { StringLike: { 'iam:PassedToService': ['application-autoscaling.amazonaws.com', 'dax.amazonaws.com'] } },
      },
    ],
  },
};

export function referenceRole(): RoleFixture {
  return { name: ROLE, createdAt: '2026-11-02T10:00:00.000Z', trustPolicy: EC2_TRUST, policies: [lessonPolicy()], instanceProfiles: [ROLE] };
}

/** A context with the s3-bucket lab's bucket and the given roles. */
export function roleContext(roles: RoleFixture[], withBucket = true): FakeContext {
  return fakeContext({ s3: fakeS3({ buckets: withBucket ? [referenceBucket(BUCKET)] : [] }), iam: fakeIam({ roles }) });
}

export async function runOnRole(check: CheckDefinition, change: (role: RoleFixture) => void = () => {}): Promise<Outcome> {
  const role = referenceRole();
  change(role);
  return check.run(roleContext([role]));
}
