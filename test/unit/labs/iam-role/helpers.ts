import type { Outcome, CheckDefinition } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import { fakeContext, type FakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { fakeS3 } from '../../../support/fakes/s3.ts';
import { referenceBucket } from '../../../support/fixture-account.ts';

export const BUCKET = 'taxis-datalake-ana-123456789012';
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;

export const EC2_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

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

/** AWS's AmazonS3FullAccess, as IAM returns it. */
export const S3_FULL_ACCESS: AttachedPolicy = {
  name: 'AmazonS3FullAccess',
  kind: 'aws-managed',
  arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }] },
};

export function referenceRole(): RoleFixture {
  return { name: 'de-s3access', createdAt: '2026-11-02T10:00:00.000Z', trustPolicy: EC2_TRUST, policies: [projectPolicy()], instanceProfiles: ['de-s3access'] };
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
