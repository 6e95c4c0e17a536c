import { describe, expect, it } from 'vitest';
import { conditionValues, coversAllS3Actions, isEveryone, wildcardMatch } from '../../../checker/aws/policy.ts';
import { coverage } from '../../../labs/s3-bucket/checks/s3_bucket_tls_enforced.ts';

describe('policy helpers', () => {
  it('wildcardMatch follows IAM * and ? and escapes everything else', () => {
    expect(wildcardMatch('arn:aws:s3:::b*', 'arn:aws:s3:::b/x')).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::b?', 'arn:aws:s3:::bc')).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::b.c', 'arn:aws:s3:::bxc')).toBe(false);
  });

  it('isEveryone accepts "*" and {AWS:"*"} only', () => {
    expect(isEveryone('*')).toBe(true);
    expect(isEveryone({ AWS: ['*'] })).toBe(true);
    expect(isEveryone({ AWS: 'arn:aws:iam::1:root' })).toBe(false);
    expect(isEveryone({ Service: '*' })).toBe(false);
  });

  it('coversAllS3Actions is case-insensitive', () => {
    expect(coversAllS3Actions('S3:*')).toBe(true);
    expect(coversAllS3Actions(['s3:Get*'])).toBe(false);
  });

  it('conditionValues matches operators and keys case-insensitively', () => {
    expect(conditionValues({ bool: { 'AWS:SecureTransport': false } }, ['Bool'], 'aws:SecureTransport')).toEqual([false]);
    expect(conditionValues({ StringEquals: { a: 'b' } }, ['Bool'], 'aws:SecureTransport')).toBeUndefined();
  });

  it('coverage of a bucket and all its objects', () => {
    expect(coverage(['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], 'b')).toEqual({ bucket: true, objects: true });
    expect(coverage(['arn:aws:s3:::b/raw/*'], 'b')).toEqual({ bucket: false, objects: false });
    expect(coverage(['arn:aws:s3:::b*'], 'b')).toEqual({ bucket: true, objects: true });
    expect(coverage(['arn:aws:s3:::bb/*'], 'b')).toEqual({ bucket: false, objects: false });
  });
});
