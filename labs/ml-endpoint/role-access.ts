import { defineCheck } from '../../checker/core/define.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckDefinition } from '../../checker/core/types.ts';
import type { AccessQuestion } from '../../checker/judgements/iam-access.ts';
import type { GradedBucket } from '../s3-bucket/bucket.ts';
import { withDataLake } from '../glue-catalog/catalog.ts';
import { accessVerdict } from '../shared/ec2-role.ts';
import { CODE_KEY, MODEL_PREFIX, PROCESSED_PREFIX, TRAINING_DATA_PREFIX, withSageMakerRole } from './ml.ts';

/** Where the execution role's questions are asked: the data lake and the account. */
export interface SageMakerScene {
  bucket: GradedBucket;
  account: string;
  roleName: string;
}

export interface SageMakerAccessSpec {
  id: string;
  title: Localized;
  hint: Localized;
  /** The AWS CLI command that fixes a failure (see CheckDefinition.cli). */
  cli: string;
  mustAllow(scene: SageMakerScene): AccessQuestion[];
  mustDeny(scene: SageMakerScene): AccessQuestion[];
}

const objectArn = (scene: SageMakerScene, key: string) => `${scene.bucket.arn}/${key}`;
const ARTIFACT = `${MODEL_PREFIX}taxis-fare-20261130-120000/output/model.tar.gz`;

/**
 * A check on what the SageMaker execution role may do in S3, judged by evaluating its policies
 * (inline, customer managed and AWS managed) as IAM would, so any policy shape that grants the
 * same access passes.
 */
export function sageMakerAccessCheck(spec: SageMakerAccessSpec): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    needs: ['sagemaker_role_trusts_sagemaker_only'],
    title: spec.title,
    hint: spec.hint,
    cli: spec.cli,
    run: (ctx) =>
      withSageMakerRole(ctx, (role) =>
        withDataLake(ctx, async (bucket) => {
          const scene: SageMakerScene = { bucket, account: await ctx.account.id(), roleName: role.name };
          return accessVerdict(role, await ctx.iam.rolePolicies(role.name), spec.mustAllow(scene), spec.mustDeny(scene), { bucket: bucket.name });
        })),
  });
}

/**
 * What SageMaker does with the role: a training job lists and reads the training data under
 * processed/, reads the code archive and writes model.tar.gz under models/; an endpoint reads
 * model.tar.gz (and the code) back.
 */
export function sageMakerWork(scene: SageMakerScene): AccessQuestion[] {
  return [
    { action: 's3:ListBucket', resource: scene.bucket.arn, context: { 's3:prefix': TRAINING_DATA_PREFIX } },
    { action: 's3:GetObject', resource: objectArn(scene, `${TRAINING_DATA_PREFIX}trips.parquet`) },
    { action: 's3:GetObject', resource: objectArn(scene, CODE_KEY) },
    { action: 's3:PutObject', resource: objectArn(scene, ARTIFACT) },
    { action: 's3:GetObject', resource: objectArn(scene, ARTIFACT) },
  ];
}

/**
 * Nothing else in S3: the raw data and other buckets stay out of reach, the processed data cannot
 * be changed or deleted, the bucket's settings cannot be changed, and no IAM.
 */
export function sageMakerHarm(scene: SageMakerScene): AccessQuestion[] {
  const other = `arn:aws:s3:::nubelab-some-other-bucket-${scene.account}`;
  const iamArn = (path: string) => `arn:aws:iam::${scene.account}:${path}`;
  return [
    { action: 's3:GetObject', resource: objectArn(scene, 'raw/taxi-sample.csv') },
    { action: 's3:PutObject', resource: objectArn(scene, 'raw/taxi-sample.csv') },
    { action: 's3:PutObject', resource: objectArn(scene, `${PROCESSED_PREFIX}trips/trips.parquet`) },
    { action: 's3:DeleteObject', resource: objectArn(scene, `${PROCESSED_PREFIX}trips/trips.parquet`) },
    { action: 's3:GetObject', resource: `${other}/secrets.csv` },
    { action: 's3:PutObject', resource: `${other}/x.csv` },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 's3:DeleteBucket', resource: scene.bucket.arn },
    { action: 'iam:AttachRolePolicy', resource: iamArn(`role/${scene.roleName}`) },
    { action: 'iam:CreateUser', resource: iamArn('user/intruder') },
  ];
}
