import type { AccessScene, RoleSpec } from '../shared/ec2-role.ts';
import { otherBucket } from '../shared/ec2-role.ts';

/** The role the lesson creates for the data-engineer instance. */
export const DE_ROLE: RoleSpec = { name: 'de-s3access', existsCheck: 'iam_role_exists' };

const objects = (scene: AccessScene, key: string) => `${scene.bucket.arn}/${key}`;

/** What the data-engineer instance does with the data lake. */
export function dataLakeNeeds(scene: AccessScene) {
  return [
    // `aws s3 ls s3://<bucket>/raw/` sends ListObjectsV2 with that prefix.
    { action: 's3:ListBucket', resource: scene.bucket.arn, context: { 's3:prefix': 'raw/' } },
    { action: 's3:GetObject', resource: objects(scene, 'raw/taxi-sample.csv') },
    { action: 's3:PutObject', resource: objects(scene, 'processed/trips-clean.csv') },
  ];
}

/** What a compromised instance must not be able to do with this role. */
export function dataLakeForbidden(scene: AccessScene) {
  const iamArn = (path: string) => `arn:aws:iam::${scene.account}:${path}`;
  return [
    { action: 's3:DeleteObject', resource: objects(scene, 'raw/taxi-sample.csv') },
    { action: 's3:DeleteObject', resource: objects(scene, 'processed/trips-clean.csv') },
    { action: 's3:GetObject', resource: `${otherBucket(scene)}/secrets.csv` },
    { action: 's3:ListBucket', resource: otherBucket(scene) },
    { action: 's3:PutObject', resource: `${otherBucket(scene)}/x.csv` },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 's3:DeleteBucket', resource: scene.bucket.arn },
    { action: 'iam:CreateUser', resource: iamArn('user/intruder') },
    { action: 'iam:AttachRolePolicy', resource: iamArn('role/de-s3access') },
    { action: 'iam:PassRole', resource: iamArn('role/any-role') },
  ];
}
