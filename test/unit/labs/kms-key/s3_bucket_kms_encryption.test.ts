import { describe, expect, it } from 'vitest';
import check from '../../../../labs/kms-key/checks/s3_bucket_kms_encryption.ts';
import { ACCOUNT, ALIAS, BUCKET, KEY_ARN, KEY_ID, REGION, run } from './helpers.ts';

describe('s3_bucket_kms_encryption', () => {
  it('compliance: SSE-KMS with the key\'s ARN and Bucket Keys', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} encrypts by default with key ${ALIAS} and with S3 Bucket Keys.`);
    expect(outcome.evidence).toMatchObject({ algorithm: 'aws:kms', kmsMasterKeyId: KEY_ARN, bucketKeyEnabled: true, key: KEY_ARN });
  });

  it('compliance: the key named by id, by alias or by the alias\'s ARN', async () => {
    for (const kmsKeyId of [KEY_ID, ALIAS, `arn:aws:kms:${REGION}:${ACCOUNT}:${ALIAS}`]) {
      const outcome = await run(check, (a) => (a.bucket.encryption = [{ algorithm: 'aws:kms', kmsKeyId, bucketKeyEnabled: true }]));
      expect(outcome.status, kmsKeyId).toBe('pass');
    }
  });

  it('non-compliance: still SSE-S3', async () => {
    const outcome = await run(check, (a) => (a.bucket.encryption = [{ algorithm: 'AES256' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} encrypts by default with AES256, not aws:kms.`);
  });

  it('non-compliance: SSE-KMS with the AWS managed key', async () => {
    const outcome = await run(check, (a) => (a.bucket.encryption = [{ algorithm: 'aws:kms', bucketKeyEnabled: true }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('AWS managed key (aws/s3)');
  });

  it('non-compliance: another key', async () => {
    const other = `arn:aws:kms:${REGION}:${ACCOUNT}:key/another`;
    const outcome = await run(check, (a) => (a.bucket.encryption = [{ algorithm: 'aws:kms', kmsKeyId: other, bucketKeyEnabled: true }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} encrypts with key ${other}, not ${KEY_ID} (${ALIAS}).`);
  });

  it('non-compliance: the right key without S3 Bucket Keys', async () => {
    const outcome = await run(check, (a) => (a.bucket.encryption = [{ algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKeyEnabled: false }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} encrypts with the key but without S3 Bucket Keys: every object would be a call to KMS.`);
  });

  it('non-compliance: no data-lake bucket', async () => {
    const outcome = await run(check, (a) => (a.bucket.name = 'other-bucket'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('There is no bucket whose name starts with taxis-datalake-');
  });
});
