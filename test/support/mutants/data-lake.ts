import { GetBucketPolicyCommand, PutBucketNotificationConfigurationCommand, PutBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { PolicyStatement } from '../../../checker/aws/policy.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the data-lake lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every name comes from the context given: the s3-bucket
 * lab's bucket and the function of infra/lib/data-lake-stack.ts.
 */
export const dataLakeBucket = (learner: string, account: string) => `taxis-datalake-${learner}-${account}`;
export const rawArrivalsFunctionArn = (ctx: Pick<MutantContext, 'account' | 'region' | 'learner'>) =>
  `arn:aws:lambda:${ctx.region}:${ctx.account}:function:taxis-raw-arrivals-${ctx.learner}`;

export async function bucketStatements(s3: S3Client, bucket: string): Promise<PolicyStatement[]> {
  const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
  return JSON.parse(Policy ?? '{}').Statement;
}

/** Rewrites the bucket policy's statements with `change`, as a learner editing the JSON would. */
async function editPolicy(ctx: MutantContext, change: (statements: PolicyStatement[]) => PolicyStatement[]) {
  const s3 = ctx.clients.get(s3Client);
  const Bucket = dataLakeBucket(ctx.learner, ctx.account);
  const Statement = change(await bucketStatements(s3, Bucket));
  await s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement }) }));
}

export const isTlsDeny = (s: PolicyStatement) => s.Effect === 'Deny' && JSON.stringify(s.Condition ?? {}).includes('aws:SecureTransport');

export const dataLakeMutants: Record<string, Mutant> = {
  s3_policy_glue_access_granted: {
    name: 'the statement that lets Glue read raw/ is left out',
    apply: (ctx) => editPolicy(ctx, (all) => all.filter((s) => s.Sid !== 'GlueReadRaw')),
  },
  s3_policy_glue_access_scoped: {
    name: 'the Glue role gets s3:* on raw/ (it could overwrite and delete the raw data)',
    apply: (ctx) => editPolicy(ctx, (all) => all.map((s) => (s.Sid === 'GlueReadRaw' ? { ...s, Action: 's3:*' } : s))),
  },
  s3_policy_others_denied: {
    name: 'another account may read raw/',
    apply: (ctx) => editPolicy(ctx, (all) => [
      ...all,
      {
        Sid: 'PartnerReadsRaw', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${dataLakeBucket(ctx.learner, ctx.account)}/raw/*`,
      },
    ]),
  },
  s3_policy_tls_kept: {
    name: 'the policy was replaced by the Glue statements alone (the TLS deny is lost)',
    apply: (ctx) => editPolicy(ctx, (all) => all.filter((s) => !isTlsDeny(s))),
  },
  s3_notification_raw_created: {
    name: 'the function notification has no prefix (it would fire for processed/ too)',
    apply: (ctx) => ctx.clients.get(s3Client).send(new PutBucketNotificationConfigurationCommand({
      Bucket: dataLakeBucket(ctx.learner, ctx.account),
      NotificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'everything', LambdaFunctionArn: rawArrivalsFunctionArn(ctx), Events: ['s3:ObjectCreated:*'] }] },
    })),
  },
};
