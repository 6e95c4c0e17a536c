import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-role/checks/iam_role_least_privilege.ts';
import { BUCKET_ARN, projectPolicy, runOnRole, S3_FULL_ACCESS } from './helpers.ts';

describe('iam_role_least_privilege', () => {
  it('compliance: the lesson\'s policy', async () => {
    const outcome = await runOnRole(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.questionsAsked).toBeGreaterThanOrEqual(8);
  });

  it('compliance: an explicit Deny on DeleteObject beside a broader Allow on the bucket', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [{
      name: 'bucket-only',
      kind: 'inline',
      document: {
        Statement: [
          { Effect: 'Allow', Action: ['s3:List*', 's3:Get*', 's3:PutObject'], Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] },
          { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
        ],
      },
    }]));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: AmazonS3FullAccess, with the deciding policy in the evidence', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [S3_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/can do s3:DeleteObject .* granted by AmazonS3FullAccess/);
    expect(outcome.evidence.allowedButShouldNotBe).toContainEqual(expect.objectContaining({ action: 's3:DeleteObject', decidedBy: 'AmazonS3FullAccess #0' }));
  });

  it('non-compliance: s3:* on the bucket allows changing its policy', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [projectPolicy(), { name: 'all', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`] }] } }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.allowedButShouldNotBe).toContainEqual(expect.objectContaining({ action: 's3:PutBucketPolicy' }));
  });

  it('non-compliance: any IAM action', async () => {
    const outcome = await runOnRole(check, (r) => r.policies!.push({ name: 'iam', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('iam:PassRole');
  });
});
