import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_role_data_access.ts';
import { accessPolicy, accessStatements, BUCKET_ARN, run, S3_FULL_ACCESS } from './helpers.ts';

describe('sagemaker_role_data_access', () => {
  it("compliance: the lesson's inline policy", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.notAllowed).toBeUndefined();
  });

  it('compliance: AmazonS3FullAccess also grants it (least privilege is the other check)', async () => {
    expect((await run(check, (a) => (a.role.policies = [S3_FULL_ACCESS]))).status).toBe('pass');
  });

  it('non-compliance: read-only on models/, so training cannot upload model.tar.gz', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [accessPolicy(accessStatements().filter((s) => s.Sid !== 'ReadWriteModels'))]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:PutObject ${BUCKET_ARN}/models/`);
  });

  it('non-compliance: no policy at all', async () => {
    const outcome = await run(check, (a) => (a.role.policies = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('s3:GetObject');
  });
});
