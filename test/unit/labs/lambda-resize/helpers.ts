import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import type { LambdaNotification } from '../../../../checker/services/s3/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { LAMBDA_BASIC_EXECUTION } from '../../../support/fakes/iam-policies.ts';
import { fakeLambda, type FunctionFixture } from '../../../support/fakes/lambda.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';

export { LAMBDA_BASIC_EXECUTION, S3_FULL_ACCESS } from '../../../support/fakes/iam-policies.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const BUCKET = `nubelab-images-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const FUNCTION = 'nubelab-image-resize';
export const functionArn = (name = FUNCTION) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
export const FUNCTION_ARN = functionArn();
export const ROLE = 'nubelab-image-resize-role';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;

/** Minimal image files: just the bytes where PNG and JPEG keep their size, which is all the checks read. */
export function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // signature
  view.setUint32(8, 13); // IHDR length
  bytes.set([...'IHDR'].map((c) => c.charCodeAt(0)), 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24); // 8-bit RGB, no interlace; the CRC (29–32) is not read
  return bytes;
}

export function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  // SOF0: length 17, 8-bit precision, height, width, 3 components.
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

/** The notification the lesson writes: every create event under input/, to the function. */
export function lessonTrigger(): LambdaNotification {
  return { id: 'resize-input', functionArn: FUNCTION_ARN, events: ['s3:ObjectCreated:*'], prefix: 'input/' };
}

/** The lesson's S3 policy: read input/, write output/, nothing else. */
export function resizeS3Policy(): AttachedPolicy {
  return {
    name: 'resize-s3',
    kind: 'inline',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadInput', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/input/*` },
        { Sid: 'WriteOutput', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/output/*` },
      ],
    },
  };
}

export const LAMBDA_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** The statement `aws lambda add-permission --principal s3.amazonaws.com --source-arn … --source-account …` adds. */
export function s3InvokeStatement(functionName = FUNCTION) {
  return {
    Sid: 's3-invoke',
    Effect: 'Allow' as const,
    Principal: { Service: 's3.amazonaws.com' },
    Action: 'lambda:InvokeFunction',
    Resource: functionArn(functionName),
    Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT }, ArnLike: { 'AWS:SourceArn': BUCKET_ARN } },
  };
}

/** An account after the lab's reference solution, with each graded piece at hand for a test to change. */
export interface ResizeAccount {
  bucket: BucketFixture;
  fn: FunctionFixture;
  role: RoleFixture;
  /** Anything else in the account, beside what is graded. */
  otherBuckets: BucketFixture[];
  otherFunctions: FunctionFixture[];
  otherRoles: RoleFixture[];
}

export function referenceAccount(): ResizeAccount {
  return {
    bucket: {
      name: BUCKET,
      region: REGION,
      createdAt: '2026-11-30T10:00:00.000Z',
      notifications: { lambda: [lessonTrigger()] },
      binaryObjects: { 'input/street.jpg': jpeg(1600, 1200), 'output/street.jpg': jpeg(800, 600) },
    },
    fn: {
      name: FUNCTION,
      role: ROLE_ARN,
      runtime: 'python3.13',
      handler: 'lambda_function.lambda_handler',
      timeoutSeconds: 30,
      memoryMb: 512,
      lastModified: '2026-11-30T10:05:00.000+0000',
      policy: { Version: '2012-10-17', Statement: [s3InvokeStatement()] },
    },
    role: { name: ROLE, createdAt: '2026-11-30T10:01:00.000Z', trustPolicy: LAMBDA_TRUST, policies: [LAMBDA_BASIC_EXECUTION, resizeS3Policy()] },
    otherBuckets: [],
    otherFunctions: [],
    otherRoles: [],
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: ResizeAccount) => void = () => {}): Promise<Outcome> {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      s3: fakeS3({ buckets: [a.bucket, ...a.otherBuckets] }),
      iam: fakeIam({ accountId: ACCOUNT, roles: [a.role, ...a.otherRoles] }),
      lambda: fakeLambda({ accountId: ACCOUNT, region: REGION, functions: [a.fn, ...a.otherFunctions] }),
    },
    { region: REGION },
  );
  return check.run(ctx);
}
