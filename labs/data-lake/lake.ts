import { statementsOf } from '../../checker/aws/policy.ts';
import { fail } from '../../checker/core/define.ts';
import type { CheckContext, Evidence, Outcome } from '../../checker/core/types.ts';
import { resourcePolicyDecision, type Decision, type ResourceQuestion } from '../../checker/judgements/iam-access.ts';
import type { PolicyDocument } from '../../checker/services/s3/types.ts';
import { findGlueRole, noGlueRole, PROCESSED_PREFIX, RAW_PREFIX, withDataLake } from '../glue-catalog/catalog.ts';
import type { GradedBucket } from '../s3-bucket/bucket.ts';
import type { GradedRole } from '../shared/ec2-role.ts';

/**
 * What the data-lake lab grades: the bucket policy of the s3-bucket lab's data lake, judged by
 * evaluating it as AWS would (a resource policy, with @cloud-copilot/iam-simulate) for the
 * glue-catalog lab's service role and for principals that should get nothing, and the bucket's
 * event notifications.
 */

export { PROCESSED_PREFIX, RAW_PREFIX };

/** Object keys the questions name: the sample the s3-bucket lab uploads and the file the Glue job writes. */
export const RAW_KEY = `${RAW_PREFIX}taxi-sample.csv`;
export const PROCESSED_KEY = `${PROCESSED_PREFIX}trips/trips.parquet`;
/** A key outside both prefixes: the Glue role has no business there. */
export const ELSEWHERE_KEY = 'finance/invoices.csv';
/** An account that is not the learner's (AWS's documentation example account). */
export const OTHER_ACCOUNT = '111122223333';

export interface LakeScene {
  bucket: GradedBucket;
  account: string;
  policy: PolicyDocument;
}

/** Who asks, and whether that caller's own (identity) policies are taken to allow the request. */
export interface Caller {
  principal: string;
  /** Same-account principals get nothing from their own policies here: only the bucket policy is judged. */
  ownGrant: boolean;
  /** How the evidence names the caller. */
  label: string;
}

export interface Request {
  action: string;
  resource: string;
  prefix?: string;
}

export const objectArn = (scene: LakeScene, key: string) => `${scene.bucket.arn}/${key}`;

/**
 * The request context AWS fills in for an IAM principal (so a `Principal: "*"` statement limited by
 * `aws:PrincipalArn` is judged correctly) and the transport: the questions are HTTPS requests
 * unless `secure` is false.
 */
function contextOf(caller: Caller, request: Request, secure: boolean): Record<string, string> {
  const iam = /^arn:aws:iam::(\d{12}):/.exec(caller.principal);
  return {
    'aws:SecureTransport': String(secure),
    ...(iam ? { 'aws:PrincipalArn': caller.principal, 'aws:PrincipalAccount': iam[1]! } : {}),
    ...(request.prefix !== undefined ? { 's3:prefix': request.prefix } : {}),
  };
}

export interface Judged {
  caller: string;
  action: string;
  resource: string;
  prefix?: string;
  secureTransport: boolean;
  decision: Decision;
}

/** What the bucket policy decides for each caller × request, over HTTPS or without TLS. */
export async function judge(scene: LakeScene, callers: Caller[], requests: (scene: LakeScene) => Request[], secure = true): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const caller of callers) {
    for (const request of requests(scene)) {
      const question: ResourceQuestion = {
        principal: caller.principal,
        action: request.action,
        resource: request.resource,
        resourceAccount: scene.account,
        context: contextOf(caller, request, secure),
      };
      const decision = await resourcePolicyDecision(scene.policy, question, { callerOwnGrant: caller.ownGrant });
      out.push({ caller: caller.label, action: request.action, resource: request.resource, ...(request.prefix !== undefined ? { prefix: request.prefix } : {}), secureTransport: secure, decision });
    }
  }
  return out;
}

export const glueCaller = (role: GradedRole): Caller => ({ principal: role.arn, ownGrant: false, label: role.arn });

/** What Glue's crawler and job do in the data lake: list and read raw/, read and write processed/. */
export function glueWork(scene: LakeScene): Request[] {
  return [
    { action: 's3:ListBucket', resource: scene.bucket.arn, prefix: RAW_PREFIX },
    { action: 's3:GetObject', resource: objectArn(scene, RAW_KEY) },
    { action: 's3:GetObject', resource: objectArn(scene, PROCESSED_KEY) },
    { action: 's3:PutObject', resource: objectArn(scene, PROCESSED_KEY) },
  ];
}

/** What the Glue role must not get from the bucket policy: change the raw data, reach other keys, manage the bucket. */
export function glueOverreach(scene: LakeScene): Request[] {
  return [
    { action: 's3:PutObject', resource: objectArn(scene, RAW_KEY) },
    { action: 's3:DeleteObject', resource: objectArn(scene, RAW_KEY) },
    { action: 's3:GetObject', resource: objectArn(scene, ELSEWHERE_KEY) },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
    { action: 's3:DeleteBucket', resource: scene.bucket.arn },
  ];
}

/** Everyone who is not the Glue role: another role of the account, another account, and Glue itself as a service. */
export function otherCallers(scene: LakeScene): Caller[] {
  return [
    { principal: `arn:aws:iam::${scene.account}:role/nubelab-someone-else`, ownGrant: false, label: 'another role of this account' },
    { principal: `arn:aws:iam::${OTHER_ACCOUNT}:root`, ownGrant: true, label: `account ${OTHER_ACCOUNT}` },
    { principal: `arn:aws:iam::${OTHER_ACCOUNT}:role/analyst`, ownGrant: true, label: `a role of account ${OTHER_ACCOUNT}` },
    // Glue reaches S3 with its role's credentials, never as the service principal: a grant to
    // glue.amazonaws.com would let any account's Glue in (the confused-deputy problem).
    { principal: 'glue.amazonaws.com', ownGrant: false, label: 'the Glue service principal' },
  ];
}

/** Every kind of data-lake access, which no one else may get. */
export function anyAccess(scene: LakeScene): Request[] {
  return [
    ...glueWork(scene),
    { action: 's3:DeleteObject', resource: objectArn(scene, RAW_KEY) },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
  ];
}

/** A same-account administrator (its own policies allow everything): only the bucket policy's Deny can stop it. */
export const adminCaller = (scene: LakeScene): Caller => ({ principal: `arn:aws:iam::${scene.account}:role/nubelab-admin`, ownGrant: true, label: 'an administrator of this account' });

/** A request of each level the TLS deny must cover: the bucket and its objects, reads and writes. */
export function tlsSample(scene: LakeScene): Request[] {
  return [
    { action: 's3:ListBucket', resource: scene.bucket.arn, prefix: RAW_PREFIX },
    { action: 's3:GetObject', resource: objectArn(scene, RAW_KEY) },
    { action: 's3:PutObject', resource: objectArn(scene, PROCESSED_KEY) },
    { action: 's3:DeleteObject', resource: objectArn(scene, PROCESSED_KEY) },
    { action: 's3:PutBucketPolicy', resource: scene.bucket.arn },
  ];
}

/** The data lake and its bucket policy, or the check's failure when either is missing. */
export async function withPolicy(ctx: CheckContext, judgeScene: (scene: LakeScene) => Promise<Outcome>): Promise<Outcome> {
  return withDataLake(ctx, async (bucket) => {
    const policy = await ctx.s3.policy(bucket.name);
    if (!policy) {
      return fail(
        { es: `El bucket ${bucket.name} no tiene política de bucket.`, en: `Bucket ${bucket.name} has no bucket policy.` },
        { resource: bucket.arn, policy: null },
      );
    }
    return judgeScene({ bucket, account: await ctx.account.id(), policy });
  });
}

/** The Glue service role of the glue-catalog lab, or the check's failure when there is none. */
export async function withGlueRoleOf(ctx: CheckContext, judgeRole: (role: GradedRole) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findGlueRole(ctx);
  return graded ? judgeRole(graded) : noGlueRole(seen);
}

/** "s3:GetObject on …/raw/taxi-sample.csv" — one request as a message names it. */
export const describeRequest = (j: Judged) => `${j.action} ${j.prefix !== undefined ? `(prefix ${j.prefix}) ` : ''}on ${j.resource}`;

export function policyEvidence(scene: LakeScene, extra: Evidence): Evidence {
  return { resource: scene.bucket.arn, statementsInPolicy: statementsOf(scene.policy).length, ...extra };
}
