import { defineCheck } from '../../checker/core/define.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckContext, CheckDefinition } from '../../checker/core/types.ts';
import type { AccessQuestion } from '../../checker/judgements/iam-access.ts';
import type { GradedBucket } from '../s3-bucket/bucket.ts';
import { accessVerdict } from '../shared/ec2-role.ts';
import { findJob, PROCESSED_PREFIX, RAW_PREFIX, splitS3Url, withDataLake, withGlueRole } from './catalog.ts';

/** Where the role's questions are asked: the data lake, the account, and the job's script if there is a job. */
export interface GlueScene {
  bucket: GradedBucket;
  account: string;
  roleName: string;
  /** The graded job's script, as an object ARN; undefined when there is no job or it is not in S3. */
  scriptArn?: string;
}

export interface GlueAccessSpec {
  id: string;
  title: Localized;
  hint: Localized;
  /** The AWS CLI command that fixes a failure (see CheckDefinition.cli). */
  cli: string;
  mustAllow(scene: GlueScene): AccessQuestion[];
  mustDeny(scene: GlueScene): AccessQuestion[];
}

const objectArn = (scene: GlueScene, key: string) => `${scene.bucket.arn}/${key}`;
const OTHER = (scene: GlueScene) => `arn:aws:s3:::nubelab-some-other-bucket-${scene.account}`;

async function scriptArn(ctx: CheckContext): Promise<string | undefined> {
  const { graded } = await findJob(ctx);
  const script = splitS3Url(graded?.scriptLocation);
  return script && `arn:aws:s3:::${script.bucket}/${script.key}`;
}

/**
 * A check on what the Glue service role may do, judged by evaluating its policies (inline,
 * customer managed and AWS managed) the way IAM would, so any policy shape that grants the same
 * access passes.
 */
export function glueAccessCheck(spec: GlueAccessSpec): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    title: spec.title,
    hint: spec.hint,
    cli: spec.cli,
    // The role's policies include AWSGlueServiceRole, which must be readable to be evaluated.
    relies: ['iam.aws-managed-policies'],
    run: (ctx) =>
      withGlueRole(ctx, (role) =>
        withDataLake(ctx, async (bucket) => {
          const scene: GlueScene = { bucket, account: await ctx.account.id(), roleName: role.name, scriptArn: await scriptArn(ctx) };
          return accessVerdict(role, await ctx.iam.rolePolicies(role.name), spec.mustAllow(scene), spec.mustDeny(scene), { bucket: bucket.name });
        })),
  });
}

/**
 * What the crawler and the job do with the data lake: list and read raw/, write processed/, and
 * read the job's script where the job says it is.
 */
export function glueWork(scene: GlueScene): AccessQuestion[] {
  return [
    { action: 's3:ListBucket', resource: scene.bucket.arn, context: { 's3:prefix': RAW_PREFIX } },
    { action: 's3:GetObject', resource: objectArn(scene, `${RAW_PREFIX}taxi-sample.csv`) },
    { action: 's3:PutObject', resource: objectArn(scene, `${PROCESSED_PREFIX}trips/trips.parquet`) },
    ...(scene.scriptArn ? [{ action: 's3:GetObject', resource: scene.scriptArn }] : []),
  ];
}

/**
 * What Glue's role must never do: change or delete the raw data it reads, reach other buckets'
 * objects, change the bucket, or use IAM to grant itself more. Listing other buckets is not asked:
 * AWSGlueServiceRole, which the lab requires, allows s3:ListBucket on every bucket. Deleting under
 * processed/ is not asked either: a Spark job that overwrites its output needs it.
 */
export function glueHarm(scene: GlueScene): AccessQuestion[] {
  const iamArn = (path: string) => `arn:aws:iam::${scene.account}:${path}`;
  return [
    { action: 's3:PutObject', resource: objectArn(scene, `${RAW_PREFIX}taxi-sample.csv`) },
    { action: 's3:DeleteObject', resource: objectArn(scene, `${RAW_PREFIX}taxi-sample.csv`) },
    { action: 's3:GetObject', resource: `${OTHER(scene)}/secrets.csv` },
    { action: 's3:PutObject', resource: `${OTHER(scene)}/x.csv` },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 's3:DeleteBucket', resource: scene.bucket.arn },
    { action: 'iam:CreateUser', resource: iamArn('user/intruder') },
    { action: 'iam:AttachRolePolicy', resource: iamArn(`role/${scene.roleName}`) },
    { action: 'iam:PassRole', resource: iamArn('role/any-role') },
  ];
}
