import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import type { RoleFixture } from '../../../support/fakes/iam.ts';
import { EC2_TRUST } from '../../../support/fakes/iam-policies.ts';
import { roleLab } from '../../../support/role-lab-context.ts';

export { EC2_TRUST, S3_FULL_ACCESS } from '../../../support/fakes/iam-policies.ts';

export const BUCKET = 'taxis-datalake-ana-123456789012';
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;

/** The lesson's policy for de-s3access, as a customer managed policy. */
export function projectPolicy(): AttachedPolicy {
  return {
    name: 'taxi-bucket-access',
    kind: 'managed',
    arn: 'arn:aws:iam::123456789012:policy/taxi-bucket-access',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'List', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: BUCKET_ARN },
        { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` },
        { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/processed/*` },
      ],
    },
  };
}

export function referenceRole(): RoleFixture {
  return { name: 'de-s3access', createdAt: '2026-11-02T10:00:00.000Z', trustPolicy: EC2_TRUST, policies: [projectPolicy()], instanceProfiles: ['de-s3access'] };
}

export const { roleContext, runOnRole } = roleLab(BUCKET, referenceRole);
