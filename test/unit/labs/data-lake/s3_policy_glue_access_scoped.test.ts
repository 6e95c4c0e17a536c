import { describe, expect, it } from 'vitest';
import check from '../../../../labs/data-lake/checks/s3_policy_glue_access_scoped.ts';
import { BUCKET, BUCKET_ARN, ROLE, run, statement } from './helpers.ts';

describe('s3_policy_glue_access_scoped', () => {
  it('compliance: the reference statements', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} gives role ${ROLE} no more than Glue needs.`);
  });

  it('compliance: deleting under processed/ is not judged (a job that overwrites its output needs it)', async () => {
    const outcome = await run(check, (a) => (statement(a, 'GlueReadWriteProcessed').Action = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: s3:* on raw/', async () => {
    const outcome = await run(check, (a) => (statement(a, 'GlueReadRaw').Action = 's3:*'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(
      `The policy of bucket ${BUCKET} gives role ${ROLE} too much: s3:PutObject on ${BUCKET_ARN}/raw/taxi-sample.csv; s3:DeleteObject on ${BUCKET_ARN}/raw/taxi-sample.csv.`,
    );
  });

  it('non-compliance: reads on the whole bucket, and bucket management', async () => {
    const whole = await run(check, (a) => (statement(a, 'GlueReadRaw').Resource = `${BUCKET_ARN}/*`));
    expect(whole.status).toBe('fail');
    expect(whole.message.en).toContain(`s3:GetObject on ${BUCKET_ARN}/finance/invoices.csv`);
    const manage = await run(check, (a) => (statement(a, 'GlueListRawAndProcessed').Action = ['s3:ListBucket', 's3:PutBucketPolicy']));
    expect(manage.status).toBe('pass'); // the prefix condition keeps PutBucketPolicy (which has no s3:prefix) out
    const unconditioned = await run(check, (a) => {
      const s = statement(a, 'GlueListRawAndProcessed');
      s.Action = ['s3:ListBucket', 's3:PutBucketPolicy'];
      delete s.Condition;
    });
    expect(unconditioned.status).toBe('fail');
    expect(unconditioned.message.en).toContain(`s3:PutBucketPolicy on ${BUCKET_ARN}`);
  });
});
