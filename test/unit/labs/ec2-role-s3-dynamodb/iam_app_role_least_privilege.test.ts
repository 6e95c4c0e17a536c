import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-role-s3-dynamodb/checks/iam_app_role_least_privilege.ts';
import { BUCKET_ARN, cliPolicies, DYNAMODB_FULL_ACCESS, lessonPolicy, runOnRole, S3_FULL_ACCESS, TABLE_ARN } from './helpers.ts';

describe('iam_app_role_least_privilege', () => {
  it("compliance: the lesson's policy", async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.questionsAsked).toBeGreaterThanOrEqual(20);
  });

  it('compliance: the CLI shape, one managed policy per service', async () => {
    expect((await runOnRole(check, (r) => (r.policies = cliPolicies()))).status).toBe('pass');
  });

  it('compliance: broad item access on the table with an explicit Deny on DeleteItem and BatchWriteItem', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [{
      name: 'app',
      kind: 'inline',
      document: {
        Statement: [
          { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject', 's3:PutObject'], Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] },
          { Effect: 'Allow', Action: ['dynamodb:*Item', 'dynamodb:Query'], Resource: [TABLE_ARN, `${TABLE_ARN}/index/*`] },
          { Effect: 'Deny', Action: ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'], Resource: '*' },
        ],
      },
    }]));
    expect(outcome.status).toBe('pass');
  });

  it("non-compliance: the guide's AmazonS3FullAccess and AmazonDynamoDBFullAccess, each named as the policy that grants too much", async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [S3_FULL_ACCESS, DYNAMODB_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/can do s3:DeleteObject .* granted by AmazonS3FullAccess\.$/);
    const excess = outcome.evidence.allowedButShouldNotBe as { action: string; decidedBy?: string }[];
    expect(excess).toContainEqual(expect.objectContaining({ action: 'dynamodb:DeleteTable', decidedBy: 'AmazonDynamoDBFullAccess #0' }));
    expect(excess).toContainEqual(expect.objectContaining({ action: 's3:DeleteBucket', decidedBy: 'AmazonS3FullAccess #0' }));
    // Its iam:PassRole only works towards Auto Scaling and DAX: not a grant to pass any role.
    expect(excess.map((e) => e.action)).not.toContain('iam:PassRole');
  });

  it('non-compliance: AmazonDynamoDBFullAccess alone, beside the lesson\'s policy', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [lessonPolicy(), DYNAMODB_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/can do dynamodb:DeleteTable .* granted by AmazonDynamoDBFullAccess\.$/);
  });

  it('non-compliance: DeleteItem added to the table statement', async () => {
    const policy = lessonPolicy();
    const statement = (policy.document as { Statement: { Action: string[] }[] }).Statement[2]!;
    statement.Action.push('dynamodb:DeleteItem');
    const outcome = await runOnRole(check, (r) => (r.policies = [policy]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role taxi-ec2-app-role can do dynamodb:DeleteItem ${TABLE_ARN}, granted by taxi-ec2-app-access.`);
  });

  it('non-compliance: the item actions on every table of the account', async () => {
    const policy = JSON.parse(JSON.stringify(lessonPolicy()).replaceAll('table/taxi-trips', 'table/*'));
    const outcome = await runOnRole(check, (r) => (r.policies = [policy]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('table/nubelab-some-other-table');
  });

  it('non-compliance: s3:* on the bucket allows changing its policy', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [lessonPolicy(), { name: 'all', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] }] } }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.allowedButShouldNotBe).toContainEqual(expect.objectContaining({ action: 's3:PutBucketPolicy' }));
  });

  it('non-compliance: any IAM action', async () => {
    const outcome = await runOnRole(check, (r) => r.policies!.push({ name: 'iam', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('iam:PassRole');
  });
});
