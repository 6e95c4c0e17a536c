import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_default_encryption.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

describe('s3_bucket_default_encryption', () => {
  it.each([
    ['SSE-S3', 'AES256'],
    ['SSE-KMS', 'aws:kms'],
    ['DSSE-KMS', 'aws:kms:dsse'],
  ])('compliance: %s', async (kind, algorithm) => {
    const outcome = await runOn(check, (b) => (b.encryption = [{ algorithm, kmsKeyId: algorithm === 'AES256' ? undefined : 'arn:aws:kms:us-east-1:123456789012:key/abc' }]));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toContain(kind);
  });

  it('non-compliance: no default encryption', async () => {
    const outcome = await runOn(check, (b) => delete b.encryption);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.rules).toBeNull();
  });

  it('non-compliance: an unknown algorithm', async () => {
    expect((await runOn(check, (b) => (b.encryption = [{ algorithm: 'rot13' }]))).status).toBe('fail');
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
