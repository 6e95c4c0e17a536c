import { unlessEngineLacks } from '../../checker/deploy/setup.ts';
import {
  DeleteBucketPolicyCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketPolicyCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  type LambdaFunctionConfiguration,
  type NotificationConfiguration,
  type S3Client,
} from '@aws-sdk/client-s3';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { errorCode } from '../../checker/aws/errors.ts';
import { parsePolicyDocument, statementsOf, type PolicyStatement } from '../../checker/aws/policy.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { accountIdOf } from '../../checker/deploy/clients.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { lambdaClient } from '../../checker/services/lambda/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import { ROLE_NAME } from '../glue-catalog/catalog.ts';
import { RAW_PREFIX } from './lake.ts';
import { ALL_CREATED } from './notification.ts';
import { withGlueStatements, withoutGlueStatements } from './policy-statements.ts';

/**
 * The bucket and its policy belong to the s3-bucket lab's stack, and a bucket has one policy and
 * one notification configuration: a second stack cannot own a part of either. So the reference's
 * stack holds only the function, and these SDK calls do what a learner does by hand: read the
 * bucket's policy and notifications, add the lab's statements and trigger, and write them back.
 * Before destroy they take out exactly those, and the bucket is as the s3-bucket lab left it.
 */

/** The reference's function, `taxis-raw-arrivals-<learner>` (infra/lib/data-lake-stack.ts). */
export const FUNCTION_PREFIX = 'taxis-raw-arrivals-';
/** The Id of the reference's notification, how remove finds it again. */
export const NOTIFICATION_ID = 'taxis-raw-arrivals';

interface Targets {
  bucket: string;
  functionName: string;
  learner: string;
}

function targetsOf(ctx: LabSetupContext, account: string): Targets | undefined {
  const functionName = ctx.resources.find((r) => r.type === 'AWS::Lambda::Function' && r.physicalId.startsWith(FUNCTION_PREFIX))?.physicalId;
  if (!functionName) return undefined;
  const learner = functionName.slice(FUNCTION_PREFIX.length);
  return { bucket: `${BUCKET_PREFIX}${learner}-${account}`, functionName, learner };
}

async function currentStatements(s3: S3Client, bucket: string): Promise<PolicyStatement[]> {
  try {
    const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
    return statementsOf(parsePolicyDocument(Policy ?? '{"Statement":[]}'));
  } catch (error) {
    if (errorCode(error) === 'NoSuchBucketPolicy') return [];
    throw error;
  }
}

async function writeStatements(s3: S3Client, bucket: string, statements: PolicyStatement[]): Promise<void> {
  if (statements.length === 0) await s3.send(new DeleteBucketPolicyCommand({ Bucket: bucket }));
  else await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }));
}

/** The bucket's notification configuration as Put takes it, with `change` applied to its function list. */
async function changeNotifications(s3: S3Client, bucket: string, change: (functions: LambdaFunctionConfiguration[]) => LambdaFunctionConfiguration[]): Promise<void> {
  const current = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
  const next: NotificationConfiguration = {
    TopicConfigurations: current.TopicConfigurations,
    QueueConfigurations: current.QueueConfigurations,
    LambdaFunctionConfigurations: change(current.LambdaFunctionConfigurations ?? []),
    EventBridgeConfiguration: current.EventBridgeConfiguration,
  };
  await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: bucket, NotificationConfiguration: next }));
}

const notOurs = (functions: LambdaFunctionConfiguration[]) => functions.filter((f) => f.Id !== NOTIFICATION_ID);

export const dataLakeSetup: LabSetup = {
  async apply(ctx) {
    const targets = targetsOf(ctx, await accountIdOf(ctx.clients));
    if (!targets) return;
    const s3 = ctx.clients.get(s3Client);
    // The role must exist before a policy can name it (AWS refuses an unknown principal): the
    // glue-catalog lab, which this one requires, creates it.
    const { Role: role } = await ctx.clients.get(iamClient).send(new GetRoleCommand({ RoleName: `${ROLE_NAME}-${targets.learner}` }));
    const { Configuration: fn } = await ctx.clients.get(lambdaClient).send(new GetFunctionCommand({ FunctionName: targets.functionName }));
    await writeStatements(s3, targets.bucket, withGlueStatements(await currentStatements(s3, targets.bucket), targets.bucket, role!.Arn!));
    await unlessEngineLacks(ctx, 'data-lake', 'lambda.runs-code', { es: 'avisar a la función de cada llegada a raw/', en: 'notify the function of each arrival in raw/' }, () => changeNotifications(s3, targets.bucket, (functions) => [
      ...notOurs(functions),
      {
        Id: NOTIFICATION_ID,
        LambdaFunctionArn: fn!.FunctionArn!,
        Events: [ALL_CREATED],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: RAW_PREFIX }] } },
      },
    ]));
  },

  async remove(ctx) {
    const targets = targetsOf(ctx, await accountIdOf(ctx.clients));
    if (!targets) return;
    const s3 = ctx.clients.get(s3Client);
    try {
      const statements = await currentStatements(s3, targets.bucket);
      const kept = withoutGlueStatements(statements);
      if (kept.length !== statements.length) await writeStatements(s3, targets.bucket, kept);
      await changeNotifications(s3, targets.bucket, notOurs);
    } catch (error) {
      // The s3-bucket lab was destroyed first: nothing of ours is left on a bucket that is gone.
      if (errorCode(error) !== 'NoSuchBucket') throw error;
    }
  },
};
