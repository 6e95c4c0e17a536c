import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_role_s3_least_privilege.ts';
import { accessPolicy, accessStatements, BUCKET_ARN, run, S3_FULL_ACCESS } from './helpers.ts';

describe('sagemaker_role_s3_least_privilege', () => {
  it("compliance: the lesson's inline policy", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.allowedButShouldNotBe).toBeUndefined();
  });

  it('non-compliance: AmazonS3FullAccess', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(S3_FULL_ACCESS));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/granted by AmazonS3FullAccess\.$/);
  });

  it('non-compliance: read on the whole bucket reaches raw/', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push({ name: 'all', kind: 'inline', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` }] } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:GetObject ${BUCKET_ARN}/raw/taxi-sample.csv`);
  });

  it('non-compliance: write on processed/ lets training overwrite its own data', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [accessPolicy([...accessStatements(), { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/processed/*` }])]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('s3:PutObject');
  });
});
