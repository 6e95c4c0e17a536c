import { describe, expect, it } from 'vitest';
import check from '../../../../labs/data-lake/checks/s3_policy_tls_kept.ts';
import { BUCKET, BUCKET_ARN, run, TLS_DENY } from './helpers.ts';

describe('s3_policy_tls_kept', () => {
  it('compliance: the s3-bucket lab\'s deny kept beside the Glue statements', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} denies access to the bucket and its objects without TLS.`);
    expect(outcome.evidence.requestsWithoutTls).toEqual(expect.arrayContaining([expect.objectContaining({ action: 's3:ListBucket', decision: 'explicit-deny' })]));
  });

  it('compliance: the deny written with Principal "*" and BoolIfExists, bucket and objects as one pattern', async () => {
    const outcome = await run(check, (a) => {
      a.bucket.policy.Statement[0] = { ...TLS_DENY, Principal: '*', Resource: `${BUCKET_ARN}*`, Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } };
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the policy replaced by the Glue statements alone', async () => {
    const outcome = await run(check, (a) => a.bucket.policy.Statement.shift());
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(
      `The policy of bucket ${BUCKET} does not deny without TLS: s3:ListBucket (prefix raw/) on ${BUCKET_ARN}; s3:GetObject on ${BUCKET_ARN}/raw/taxi-sample.csv; ` +
      `s3:PutObject on ${BUCKET_ARN}/processed/trips/trips.parquet; s3:DeleteObject on ${BUCKET_ARN}/processed/trips/trips.parquet; s3:PutBucketPolicy on ${BUCKET_ARN}.`,
    );
  });

  it('non-compliance: the deny covers the objects only', async () => {
    const outcome = await run(check, (a) => (a.bucket.policy.Statement[0] = { ...TLS_DENY, Resource: `${BUCKET_ARN}/*` }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} does not deny without TLS: s3:ListBucket (prefix raw/) on ${BUCKET_ARN}; s3:PutBucketPolicy on ${BUCKET_ARN}.`);
  });
});
