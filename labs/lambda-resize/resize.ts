import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { RoleInfo } from '../../checker/services/iam/types.ts';
import type { FunctionInfo } from '../../checker/services/lambda/types.ts';
import type { LambdaNotification } from '../../checker/services/s3/types.ts';
import { isReferenceBucket } from '../s3-bucket/bucket.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the lambda-resize lab grades, and how it finds it: the photos bucket (`nubelab-images-…`,
 * the newest in the lab's region), the function the lesson names (`nubelab-image-resize`, or
 * `nubelab-image-resize-<suffix>` in a shared account) and the role the function runs as.
 */

export const FUNCTION_NAME = 'nubelab-image-resize';
export const BUCKET_PREFIX = 'nubelab-images-';
export const INPUT_PREFIX = 'input/';
export const OUTPUT_PREFIX = 'output/';
/** The lesson's longest side, in pixels. */
export const MAX_SIZE = 800;

/**
 * Python runtimes Lambda supports for new functions today (see site/course/facts.ts,
 * `lambda-runtimes-current`): python3.9 was deprecated in December 2025 and python3.10 in 2026.
 */
export const SUPPORTED_PYTHON = ['python3.11', 'python3.12', 'python3.13', 'python3.14'];

/** Every way S3 can create an object; `s3:ObjectCreated:*` covers them all. */
export const CREATE_EVENTS = ['s3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload'];

export interface GradedFunction extends FunctionInfo {
  /** Other functions named like the lesson, not graded. */
  others: string[];
}

export interface PhotoBucket {
  name: string;
  arn: string;
  others: string[];
}

/** The function the lab grades: the exact name first, else the newest `nubelab-image-resize-…`. */
export function findFunction(ctx: CheckContext): Promise<{ graded?: GradedFunction; seen: string[] }> {
  return ctx.derive('lambda-resize:function', async () => {
    const functions = await ctx.lambda.listFunctions();
    const named = functions.map((f) => ({ ...f, createdAt: f.lastModified }));
    const [graded, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(named, FUNCTION_NAME), (f) => [f.name, f.arn], (f) => isReferenceFunction(ctx, f.arn));
    return { graded: graded && { ...graded, others: rest.map((f) => f.name) }, seen: functions.map((f) => f.name).slice(0, 50) };
  });
}

export function noFunction(seen: string[]): Outcome {
  const misses = nearMisses(FUNCTION_NAME, seen);
  return fail(
    withSentence(
      { es: `No hay ninguna función Lambda llamada ${FUNCTION_NAME} (ni ${FUNCTION_NAME}-…) en esta región.`, en: `There is no Lambda function named ${FUNCTION_NAME} (nor ${FUNCTION_NAME}-…) in this region.` },
      didYouMean(misses),
    ),
    { lookedFor: { name: FUNCTION_NAME, orPrefix: `${FUNCTION_NAME}-` }, functionsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Whether `nubelab deploy` created the function (it carries the deployment's owner tags). */
export function isReferenceFunction(ctx: CheckContext, arn: string): Promise<boolean> {
  return ctx.derive(`lambda:reference:${arn}`, async () => hasOwnerTags(await ctx.lambda.functionTags(arn)));
}

/** The lab's header entries: the graded function and photos bucket, each marked when it is the reference solution. */
export async function gradedResize(ctx: CheckContext): Promise<GradedResource[]> {
  const [{ graded: fn }, { graded: bucket }] = await Promise.all([findFunction(ctx), findPhotoBucket(ctx)]);
  return [
    ...(await gradedEntry(KIND.function, fn, () => isReferenceFunction(ctx, fn!.arn))),
    ...(await gradedEntry(KIND.bucket, bucket, () => isReferenceBucket(ctx, bucket!.name))),
  ];
}

export async function withFunction(ctx: CheckContext, judge: (fn: GradedFunction) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findFunction(ctx);
  return graded ? judge(graded) : noFunction(seen);
}

/** The photos bucket: the newest `nubelab-images-…` bucket in the lab's region. */
export function findPhotoBucket(ctx: CheckContext): Promise<{ graded?: PhotoBucket; seen: string[] }> {
  return ctx.derive('lambda-resize:bucket', async () => {
    const all = await ctx.s3.listBuckets();
    const matching = all.filter((b) => b.name.startsWith(BUCKET_PREFIX));
    const regions = await Promise.all(matching.map((b) => ctx.s3.bucketRegion(b.name)));
    const inRegion = matching
      .filter((_, i) => regions[i] === ctx.settings.region)
      .sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''));
    const [newest, ...rest] = await applyGraderChoice(ctx, inRegion, (b) => [b.name], (b) => isReferenceBucket(ctx, b.name));
    const seen = all.map((b) => b.name).slice(0, 50);
    return { seen, graded: newest && { name: newest.name, arn: `arn:aws:s3:::${newest.name}`, others: rest.map((b) => b.name) } };
  });
}

export async function withPhotoBucket(ctx: CheckContext, judge: (bucket: PhotoBucket) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findPhotoBucket(ctx);
  if (graded) return judge(graded);
  const misses = nearMisses(BUCKET_PREFIX, seen);
  return fail(
    withSentence({
      es: `No hay ningún bucket cuyo nombre empiece por ${BUCKET_PREFIX} en la región ${ctx.settings.region}.`,
      en: `There is no bucket whose name starts with ${BUCKET_PREFIX} in region ${ctx.settings.region}.`,
    }, didYouMean(misses)),
    { lookedFor: { namePrefix: BUCKET_PREFIX, region: ctx.settings.region }, bucketsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** The function's execution role as IAM has it; undefined if the role no longer exists. */
export async function executionRole(ctx: CheckContext, fn: FunctionInfo): Promise<RoleInfo | undefined> {
  const roles = await ctx.iam.listRoles();
  return roles.find((r) => r.arn === fn.role);
}

/** A notification's target is the function itself or one of its versions or aliases (`…:function:name:qualifier`). */
export function targets(notification: LambdaNotification, fn: FunctionInfo): boolean {
  return notification.functionArn === fn.arn || notification.functionArn.startsWith(`${fn.arn}:`);
}

/** Whether the notification fires for objects created under `key`, by any of the ways S3 creates them. */
export function firesOn(notification: LambdaNotification, key: string): boolean {
  const created = notification.events.some((e) => e.startsWith('s3:ObjectCreated:'));
  return created && key.startsWith(notification.prefix ?? '') && key.endsWith(notification.suffix ?? '');
}

/** The bucket's notifications that invoke the graded function. */
export async function functionTriggers(ctx: CheckContext, bucket: PhotoBucket, fn: FunctionInfo): Promise<LambdaNotification[]> {
  const { lambda } = await ctx.s3.notifications(bucket.name);
  return lambda.filter((n) => targets(n, fn));
}
