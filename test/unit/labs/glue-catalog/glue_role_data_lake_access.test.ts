import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_role_data_lake_access.ts';
import { BUCKET, BUCKET_ARN, GLUE_SERVICE_ROLE, run, S3_FULL_ACCESS } from './helpers.ts';

describe('glue_role_data_lake_access', () => {
  it("compliance: the lesson's policies (and the job's script under scripts/ is readable)", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ bucket: BUCKET, questionsAsked: 4 });
  });

  it('compliance: AmazonS3FullAccess grants it too (least privilege is another check)', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [GLUE_SERVICE_ROLE, S3_FULL_ACCESS]));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: AWSGlueServiceRole alone reaches no object of the data lake', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [GLUE_SERVICE_ROLE]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:GetObject ${BUCKET_ARN}/raw/taxi-sample.csv`);
  });

  it('non-compliance: the job keeps its script where the role cannot read it', async () => {
    const outcome = await run(check, (a) => (a.job.scriptLocation = `s3://${BUCKET}/code/raw_to_parquet.py`));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policies of role TaxisGlueServiceRole do not allow: s3:GetObject ${BUCKET_ARN}/code/raw_to_parquet.py.`);
  });

  it('non-compliance: no data-lake bucket to judge against', async () => {
    const outcome = await run(check, (a) => (a.bucket.name = 'another-bucket'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('There is no bucket whose name starts with taxis-datalake-');
  });
});
