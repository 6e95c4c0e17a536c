import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-role/checks/iam_role_data_lake_access.ts';
import { BUCKET_ARN, projectPolicy, referenceRole, roleContext, runOnRole, S3_FULL_ACCESS } from './helpers.ts';

describe('iam_role_data_lake_access', () => {
  it('compliance: the lesson\'s managed policy', async () => {
    expect((await runOnRole(check)).status).toBe('pass');
  });

  it('compliance: the same access as an inline policy split in other statements, with an s3:prefix condition', async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [{
      name: 'inline-access',
      kind: 'inline',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/raw/*` },
          { Effect: 'Allow', Action: ['s3:PutObject'], Resource: `${BUCKET_ARN}/processed/*` },
        ],
      },
    }]));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: AmazonS3FullAccess grants it (the least-privilege check is what rejects it)', async () => {
    expect((await runOnRole(check, (r) => (r.policies = [S3_FULL_ACCESS]))).status).toBe('pass');
  });

  it("non-compliance: the guide's GetObject-only policy cannot list the bucket", async () => {
    const outcome = await runOnRole(check, (r) => (r.policies = [{ name: 'guide', kind: 'inline', document: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` }] } }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:ListBucket ${BUCKET_ARN}`);
    expect(outcome.evidence.notAllowed).toContainEqual(expect.objectContaining({ action: 's3:ListBucket', decision: 'implicit-deny' }));
  });

  it('non-compliance: ListBucket written on the objects ARN grants nothing', async () => {
    const policy = projectPolicy();
    (policy.document.Statement as { Resource: string }[])[0]!.Resource = `${BUCKET_ARN}/*`;
    expect((await runOnRole(check, (r) => (r.policies = [policy]))).status).toBe('fail');
  });

  it('non-compliance: a policy on another bucket', async () => {
    const policy = JSON.parse(JSON.stringify(projectPolicy()).replaceAll('taxis-datalake-ana', 'taxis-datalake-bob'));
    expect((await runOnRole(check, (r) => (r.policies = [policy]))).status).toBe('fail');
  });

  it('non-compliance: no data-lake bucket to judge against', async () => {
    const outcome = await check.run(roleContext([referenceRole()], false));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.needsLab).toBe('s3-bucket');
  });
});
