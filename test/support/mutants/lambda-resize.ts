import { AttachRolePolicyCommand, DeleteRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { AddPermissionCommand, GetPolicyCommand, RemovePermissionCommand, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { PutBucketNotificationConfigurationCommand, PutObjectCommand, type LambdaFunctionConfiguration } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { labFile } from '../../../checker/paths.ts';
import { iamClient } from '../../../checker/services/iam/reader.ts';
import { lambdaClient } from '../../../checker/services/lambda/reader.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the lambda-resize lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every name comes from the account and learner given,
 * as infra/lib/lambda-resize-stack.ts names it.
 */
export const resizeFunction = (learner: string) => `nubelab-image-resize-${learner}`;
export const resizeRole = (learner: string) => `nubelab-image-resize-role-${learner}`;
export const photosBucket = (learner: string, account: string) => `nubelab-images-${learner}-${account}`;
const functionArn = (ctx: MutantContext) => `arn:aws:lambda:${ctx.region}:${ctx.account}:function:${resizeFunction(ctx.learner)}`;

/** Replaces the bucket's notification with these function triggers (each on every create event unless it says otherwise). */
export const trigger = (ctx: MutantContext, config: Partial<LambdaFunctionConfiguration>[]) =>
  ctx.clients.get(s3Client).send(new PutBucketNotificationConfigurationCommand({
    Bucket: photosBucket(ctx.learner, ctx.account),
    NotificationConfiguration: { LambdaFunctionConfigurations: config.map((c) => ({ LambdaFunctionArn: functionArn(ctx), Events: ['s3:ObjectCreated:*'], ...c })) },
  }));

const inputOnly = { Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: 'input/' }] } } };

/**
 * The ids of the statements that let S3 invoke the function. Read from the resource policy
 * because each engine's CloudFormation gives the stack's permission a statement id of its own.
 */
async function s3InvokeStatements(ctx: MutantContext): Promise<string[]> {
  const { Policy } = await ctx.clients.get(lambdaClient).send(new GetPolicyCommand({ FunctionName: resizeFunction(ctx.learner) }));
  const statements: { Sid?: string; Principal?: { Service?: string | string[] } }[] = JSON.parse(Policy ?? '{}').Statement ?? [];
  return statements.filter((s) => [s.Principal?.Service].flat().includes('s3.amazonaws.com')).map((s) => s.Sid ?? '');
}

export const lambdaResizeMutants: Record<string, Mutant> = {
  lambda_function_python_runtime: {
    name: "the guide's python3.9, deprecated since December 2025",
    apply: (ctx) => ctx.clients.get(lambdaClient).send(new UpdateFunctionConfigurationCommand({ FunctionName: resizeFunction(ctx.learner), Runtime: 'python3.9' })),
  },
  lambda_role_trusts_lambda_only: {
    name: 'EC2 may assume the execution role too',
    apply: (ctx) => ctx.clients.get(iamClient).send(new UpdateAssumeRolePolicyCommand({
      RoleName: resizeRole(ctx.learner),
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
    })),
  },
  lambda_role_resize_access: {
    name: 'the S3 policy is removed (logs only)',
    apply: (ctx) => ctx.clients.get(iamClient).send(new DeleteRolePolicyCommand({ RoleName: resizeRole(ctx.learner), PolicyName: 'resize-s3' })),
  },
  lambda_role_least_privilege: {
    name: "the guide's AmazonS3FullAccess",
    apply: (ctx) => ctx.clients.get(iamClient).send(new AttachRolePolicyCommand({ RoleName: resizeRole(ctx.learner), PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' })),
  },
  lambda_s3_invoke_scoped: {
    name: 'the permission names the bucket but not the account',
    apply: async (ctx) => {
      const client = ctx.clients.get(lambdaClient);
      const FunctionName = resizeFunction(ctx.learner);
      const sids = await s3InvokeStatements(ctx);
      if (sids.length === 0) throw new Error(`no statement lets S3 invoke ${FunctionName}`);
      for (const StatementId of sids) await client.send(new RemovePermissionCommand({ FunctionName, StatementId }));
      await client.send(new AddPermissionCommand({
        FunctionName, StatementId: 's3-no-account', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: `arn:aws:s3:::${photosBucket(ctx.learner, ctx.account)}`,
      }));
    },
  },
  lambda_trigger_input_created: {
    name: "the guide's PUT-only trigger",
    apply: (ctx) => trigger(ctx, [{ ...inputOnly, Events: ['s3:ObjectCreated:Put'] }]),
  },
  lambda_trigger_no_loop: {
    name: 'a second trigger to the function without a prefix',
    apply: (ctx) => trigger(ctx, [{ Id: 'resize', ...inputOnly }, { Id: 'everything' }]),
  },
  lambda_resize_outputs_fit: {
    name: 'the copy of street.jpg is the full-size original',
    apply: (ctx) => ctx.clients.get(s3Client).send(new PutObjectCommand({
      Bucket: photosBucket(ctx.learner, ctx.account), Key: 'output/street.jpg', Body: readFileSync(labFile('lambda-resize', 'samples', 'street.jpg')),
    })),
  },
};
