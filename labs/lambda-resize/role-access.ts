import { defineCheck, fail } from '../../checker/core/define.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckDefinition } from '../../checker/core/types.ts';
import type { AccessQuestion } from '../../checker/judgements/iam-access.ts';
import { accessVerdict } from '../shared/ec2-role.ts';
import { executionRole, INPUT_PREFIX, OUTPUT_PREFIX, withFunction, withPhotoBucket, type GradedFunction, type PhotoBucket } from './resize.ts';

/** Where the role's questions are asked: the photos bucket, the function, the account and region. */
export interface ResizeScene {
  bucket: PhotoBucket;
  fn: GradedFunction;
  account: string;
  region: string;
}

export interface RoleAccessSpec {
  id: string;
  title: Localized;
  hint: Localized;
  /** The AWS CLI command that fixes a failure (see CheckDefinition.cli). */
  cli: string;
  mustAllow(scene: ResizeScene): AccessQuestion[];
  mustDeny(scene: ResizeScene): AccessQuestion[];
}

/**
 * A check on what the function's execution role may do, judged by evaluating its policies (as
 * the role labs do), so any policy shape that grants the same access passes.
 */
export function roleAccessCheck(spec: RoleAccessSpec): CheckDefinition {
  return defineCheck({
    id: spec.id,
    points: 1,
    needs: ['lambda_function_python_runtime'],
    title: spec.title,
    hint: spec.hint,
    cli: spec.cli,
    run: (ctx) =>
      withFunction(ctx, (fn) =>
        withPhotoBucket(ctx, async (bucket) => {
          const role = await executionRole(ctx, fn);
          if (!role) {
            return fail({ es: `El rol de la función ${fn.name} (${fn.role}) no existe.`, en: `The role of function ${fn.name} (${fn.role}) does not exist.` }, { resource: fn.arn, role: fn.role });
          }
          const scene: ResizeScene = { bucket, fn, account: await ctx.account.id(), region: ctx.settings.region };
          const policies = await ctx.iam.rolePolicies(role.name);
          return accessVerdict(role, policies, spec.mustAllow(scene), spec.mustDeny(scene), { function: fn.arn, bucket: bucket.name });
        })),
  });
}

export const objectArn = (scene: ResizeScene, key: string) => `${scene.bucket.arn}/${key}`;

/** The function's log group and a stream in it, as Lambda names them. */
export function logStreamArn(scene: ResizeScene): string {
  return `arn:aws:logs:${scene.region}:${scene.account}:log-group:/aws/lambda/${scene.fn.name}:log-stream:2026/11/30/[$LATEST]0123456789abcdef0123456789abcdef`;
}

/** What every run needs: read the photo, write its copy, write its log lines. */
export function resizeWork(scene: ResizeScene): AccessQuestion[] {
  return [
    { action: 's3:GetObject', resource: objectArn(scene, `${INPUT_PREFIX}photo.jpg`) },
    { action: 's3:PutObject', resource: objectArn(scene, `${OUTPUT_PREFIX}photo.jpg`) },
    { action: 'logs:CreateLogStream', resource: logStreamArn(scene) },
    { action: 'logs:PutLogEvents', resource: logStreamArn(scene) },
  ];
}

/**
 * What the function must never do: write where it is triggered (the loop), delete photos, reach
 * other buckets, change the bucket's trigger or policy, change itself, or use IAM.
 */
export function resizeHarm(scene: ResizeScene): AccessQuestion[] {
  const other = `arn:aws:s3:::nubelab-some-other-bucket-${scene.account}`;
  const iamArn = (path: string) => `arn:aws:iam::${scene.account}:${path}`;
  return [
    { action: 's3:PutObject', resource: objectArn(scene, `${INPUT_PREFIX}photo.jpg`) },
    { action: 's3:DeleteObject', resource: objectArn(scene, `${INPUT_PREFIX}photo.jpg`) },
    { action: 's3:DeleteObject', resource: objectArn(scene, `${OUTPUT_PREFIX}photo.jpg`) },
    { action: 's3:GetObject', resource: `${other}/secrets.csv` },
    { action: 's3:PutObject', resource: `${other}/x.jpg` },
    { action: 's3:PutBucketNotification', resource: scene.bucket.arn },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 'lambda:UpdateFunctionCode', resource: scene.fn.arn },
    { action: 'iam:PassRole', resource: iamArn('role/any-role') },
    { action: 'iam:CreateUser', resource: iamArn('user/intruder') },
  ];
}
