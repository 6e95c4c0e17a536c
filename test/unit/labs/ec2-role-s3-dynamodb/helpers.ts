import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import type { RoleFixture } from '../../../support/fakes/iam.ts';
import { EC2_TRUST } from '../../../support/fakes/iam-policies.ts';
import { roleLab } from '../../../support/role-lab-context.ts';

export { DYNAMODB_FULL_ACCESS, EC2_TRUST, S3_FULL_ACCESS } from '../../../support/fakes/iam-policies.ts';

export const ACCOUNT = '123456789012';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/taxi-trips`;
export const ROLE = 'taxi-ec2-app-role';

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

export function referenceRole(): RoleFixture {
  return { name: ROLE, createdAt: '2026-11-02T10:00:00.000Z', trustPolicy: EC2_TRUST, policies: [lessonPolicy()], instanceProfiles: [ROLE] };
}

export const { roleContext, runOnRole } = roleLab(BUCKET, referenceRole);
