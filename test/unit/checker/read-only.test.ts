import { S3Client, ListBucketsCommand, PutObjectCommand, DeleteBucketCommand, GetBucketAclCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { guardReadOnly, isReadOnlyOperation, ReadOnlyViolation } from '../../../checker/aws/read-only.ts';
import { graderPolicy, isDeclaredRead, READ_OPERATIONS } from '../../../checker/services/index.ts';
import { defineService } from '../../../checker/services/service.ts';

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

  it('refuses a read that no service declared: the allowlist is narrower than the name rule', async () => {
    let sent = 0;
    const client = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      requestHandler: { handle: async () => { sent++; throw new Error('should not be sent'); } },
    });
    guardReadOnly(client.middlewareStack, isDeclaredRead);
    // GetBucketAcl only reads, but no check needs it, so the checker may not send it.
    await expect(client.send(new GetBucketAclCommand({ Bucket: 'b' }))).rejects.toThrow(/S3:GetBucketAcl/);
    expect(sent).toBe(0);
  });
});

describe('service registry', () => {
  it('every declared operation passes the read-only name rule and maps to an IAM read action', () => {
    for (const [operation, action] of Object.entries(READ_OPERATIONS)) {
      expect(isReadOnlyOperation(operation), operation).toBe(true);
      if (action !== null) expect(action, operation).toMatch(/^[a-z0-9-]+:(Get|List|Describe|Head|BatchGet)/);
    }
  });

  it('a service that declares a write as a read is refused when it is defined', () => {
    expect(() => defineService({ name: 'bad', readOperations: { 'S3:PutObject': 's3:PutObject' }, reader: () => ({}), handlers: [] })).toThrow(/not a read operation/);
  });

  it('the grader policy is exactly the IAM actions of the declared reads', () => {
    const actions = new Set(Object.values(READ_OPERATIONS).filter((a) => a !== null));
    expect(new Set(graderPolicy().Statement[0]!.Action)).toEqual(actions);
  });
});

