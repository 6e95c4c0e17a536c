import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-role-s3-dynamodb/checks/iam_app_role_data_access.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import {
  BUCKET_ARN,
  cliPolicies,
  DYNAMODB_FULL_ACCESS,
  lessonPolicy,
  referenceRole,
  roleContext,
  runOnRole,
  S3_FULL_ACCESS,
  TABLE_ARN,
} from './helpers.ts';

type Statement = { Sid?: string; Resource: string | string[]; Action: string | string[] };
const statementsOf = (p: AttachedPolicy) => (p.document as { Statement: Statement[] }).Statement;

describe('iam_app_role_data_access', () => {
  it("compliance: the lesson's customer managed policy", async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.questionsAsked).toBe(8);
  });

  it('compliance: the CLI shape, one managed policy per service with Query alone on the indexes', async () => {
    expect((await runOnRole(check, (r) => (r.policies = cliPolicies()))).status).toBe('pass');
  });

  it('compliance: an inline policy with the index written by name and a table-prefix wildcard', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [{
      name: 'app',
      kind: 'inline',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: BUCKET_ARN, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } },
          { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: [`${BUCKET_ARN}/raw/*`, `${BUCKET_ARN}/processed/*`] },
          { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'], Resource: 'arn:aws:dynamodb:*:123456789012:table/taxi-trips' },
          { Effect: 'Allow', Action: 'dynamodb:Query', Resource: 'arn:aws:dynamodb:*:123456789012:table/taxi-trips/index/by-dropoff-zone' },
        ],
      },
    }]));
    expect(outcome.status).toBe('pass');
  });

  it("compliance: the guide's two FullAccess policies grant it (the least-privilege check is what rejects them)", async () => {
    expect((await runOnRole(check, (r) => (r.policies = [S3_FULL_ACCESS, DYNAMODB_FULL_ACCESS]))).status).toBe('pass');
  });

  it('non-compliance: a DynamoDB statement without the index ARN cannot query the index', async () => {
    const policy = lessonPolicy();
    statementsOf(policy)[2]!.Resource = TABLE_ARN;
    const outcome = await runOnRole(check, (r) => (r.policies = [policy]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policies of role taxi-ec2-app-role do not allow: dynamodb:Query ${TABLE_ARN}/index/by-dropoff-zone.`);
    expect(outcome.evidence.notAllowed).toEqual([expect.objectContaining({ action: 'dynamodb:Query', decision: 'implicit-deny' })]);
  });

  it('non-compliance: only AmazonS3FullAccess, nothing for the table', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [S3_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect((outcome.evidence.notAllowed as { action: string }[]).map((a) => a.action)).toEqual([
      'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:Query',
    ]);
  });

  it('non-compliance: the table in another region', async () => {
    const policy = JSON.parse(JSON.stringify(lessonPolicy()).replaceAll('us-east-1', 'eu-west-1')) as AttachedPolicy;
    expect((await runOnRole(check, (r) => (r.policies = [policy]))).status).toBe('fail');
  });

  it('non-compliance: ListBucket written on the objects ARN grants nothing', async () => {
    const policy = lessonPolicy();
    statementsOf(policy)[0]!.Resource = `${BUCKET_ARN}/*`;
    const outcome = await runOnRole(check, (r) => (r.policies = [policy]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:ListBucket ${BUCKET_ARN}`);
  });

  it('non-compliance: no data-lake bucket to judge against', async () => {
    const outcome = await check.run(roleContext([referenceRole()], false));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.needsLab).toBe('s3-bucket');
  });
});
