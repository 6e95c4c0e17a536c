import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_role_least_privilege.ts';
import { BUCKET_ARN, dataLakePolicy, GLUE_SERVICE_ROLE, run, S3_FULL_ACCESS } from './helpers.ts';

describe('glue_role_least_privilege', () => {
  it("compliance: the lesson's policies; listing other buckets (AWSGlueServiceRole) and deleting in processed/ are not judged", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.allowedButShouldNotBe).toBeUndefined();
  });

  it('non-compliance: AmazonS3FullAccess', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [GLUE_SERVICE_ROLE, dataLakePolicy(), S3_FULL_ACCESS]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/^Role TaxisGlueServiceRole can do s3:PutObject .*raw\/taxi-sample\.csv \(and \d+ more\), granted by AmazonS3FullAccess\.$/);
  });

  it('non-compliance: write on the whole bucket lets the job overwrite raw/', async () => {
    const outcome = await run(check, (a) => {
      const policy = dataLakePolicy();
      policy.document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET_ARN}/*` }] };
      a.role.policies = [GLUE_SERVICE_ROLE, policy];
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:PutObject ${BUCKET_ARN}/raw/taxi-sample.csv`);
  });

  it('non-compliance: an inline iam:PassRole on every role', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push({ name: 'pass', kind: 'inline', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('iam:PassRole');
  });
});
