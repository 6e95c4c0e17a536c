import { S3Client, ListBucketsCommand, PutObjectCommand, DeleteBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { guardReadOnly, isReadOnlyOperation, ReadOnlyViolation } from '../../../checker/aws/read-only.ts';
import { isDeclaredRead } from '../../../checker/services/index.ts';

describe('read-only guard', () => {
  it('allows Get/List/Describe/Head and the STS identity calls only', () => {
    for (const op of ['GetObject', 'ListBuckets', 'DescribeStacks', 'HeadObject', 'GetCallerIdentity', 'AssumeRole']) expect(isReadOnlyOperation(op)).toBe(true);
    for (const op of ['PutObject', 'DeleteBucket', 'CreateBucket', 'UpdateStack', 'Invoke', 'RestoreObject', 'SelectObjectContent']) expect(isReadOnlyOperation(op)).toBe(false);
  });

  it('refuses a write before anything is signed or sent', async () => {
    let sent = 0;
    // Any request that got past the guard would reach this handler.
    const client = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      requestHandler: { handle: async () => { sent++; throw new Error('should not be sent'); } },
    });
    const seen: string[] = [];
    guardReadOnly(client.middlewareStack, isDeclaredRead, (service, op) => { seen.push(`${service}:${op}`); });
    await expect(client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    await expect(client.send(new DeleteBucketCommand({ Bucket: 'b' }))).rejects.toThrow(/S3:DeleteBucket/);
    expect(sent).toBe(0);
    await expect(client.send(new ListBucketsCommand({}))).rejects.toThrow('should not be sent');
    expect(seen).toEqual(['S3:ListBuckets']);
  });
});
