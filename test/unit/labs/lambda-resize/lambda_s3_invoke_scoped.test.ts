import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_s3_invoke_scoped.ts';
import { ACCOUNT, BUCKET, BUCKET_ARN, FUNCTION, FUNCTION_ARN, run, s3InvokeStatement } from './helpers.ts';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Id: 'default', Statement: statements as never });
const invoke = (principal: unknown, condition?: object) => ({ Effect: 'Allow', Principal: principal, Action: 'lambda:InvokeFunction', Resource: FUNCTION_ARN, ...(condition ? { Condition: condition } : {}) });
const SAME_NAME_ELSEWHERE = `S3 for a bucket named ${BUCKET} in another account (once you delete yours)`;

describe('lambda_s3_invoke_scoped', () => {
  it('compliance: what add-permission writes with --source-arn and --source-account', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Only S3, for ${BUCKET} and your account, can invoke ${FUNCTION}.`);
    expect(outcome.evidence).toMatchObject({ resource: FUNCTION_ARN, bucket: BUCKET_ARN });
    expect(outcome.evidence.alsoAllowed).toBeUndefined();
  });

  it('compliance: the source written with ArnEquals and the account with StringEquals on lower-case keys', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 's3.amazonaws.com' }, { ArnEquals: { 'aws:SourceArn': BUCKET_ARN }, StringEquals: { 'aws:SourceAccount': ACCOUNT } }))));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: a wildcard on the bucket name with the account pinned, since only buckets of your own account can match', async () => {
    // AWS would let S3 invoke the function for any nubelab-images-… bucket of this account, and for none of another.
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::nubelab-images-*' }, StringEquals: { 'AWS:SourceAccount': ACCOUNT } }))));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no resource policy at all', async () => {
    const outcome = await run(check, (a) => delete a.fn.policy);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Function ${FUNCTION} has no resource-based policy: S3 cannot invoke it.`);
  });

  it('non-compliance: the bucket named but not the account (the bucket name can be taken by another account)', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': BUCKET_ARN } }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policy of function ${FUNCTION} also lets these invoke it: ${SAME_NAME_ELSEWHERE}.`);
    expect(outcome.evidence.alsoAllowed).toEqual([SAME_NAME_ELSEWHERE]);
  });

  it('non-compliance: S3 with no condition, for any bucket of any account', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 's3.amazonaws.com' }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.alsoAllowed).toEqual(['S3 for another bucket in another account', SAME_NAME_ELSEWHERE]);
  });

  it('non-compliance: Principal "*" limited to the bucket only', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke('*', { ArnLike: { 'AWS:SourceArn': BUCKET_ARN } }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.alsoAllowed).toEqual([SAME_NAME_ELSEWHERE, 'another AWS account, directly']);
  });

  it('non-compliance: an extra statement for another account, whichever account it is', async () => {
    for (const [principal, named] of [
      ['arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:root'],
      ['111122223333', 'arn:aws:iam::111122223333:root'],
      [['arn:aws:iam::111122223333:role/uploader'], 'arn:aws:iam::111122223333:role/uploader'],
    ] as const) {
      const outcome = await run(check, (a) => (a.fn.policy = policy(s3InvokeStatement(), invoke({ AWS: principal }))));
      expect(outcome.status, named).toBe('fail');
      expect(outcome.message.en).toBe(`The policy of function ${FUNCTION} also lets these invoke it: ${named}, of another account, directly.`);
      expect(outcome.message.es).toContain(`${named}, de otra cuenta, directamente`);
    }
  });

  it('non-compliance: an account granted directly is caught like S3 without conditions', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(s3InvokeStatement(), invoke({ AWS: 'arn:aws:iam::999999999999:root' }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.alsoAllowed).toEqual(['another AWS account, directly', 'arn:aws:iam::999999999999:root, of another account, directly']);
  });

  it('compliance: a statement for a role of your own account does not count as a leak', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(s3InvokeStatement(), invoke({ AWS: `arn:aws:iam::${ACCOUNT}:role/tester` }))));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: a permission for another bucket', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::nubelab-images-old-123456789012' }, StringEquals: { 'AWS:SourceAccount': ACCOUNT } }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policy of function ${FUNCTION} does not let S3 invoke it for ${BUCKET} in your account.`);
  });

  it('non-compliance: a permission for another service principal', async () => {
    const outcome = await run(check, (a) => (a.fn.policy = policy(invoke({ Service: 'sns.amazonaws.com' }, { StringEquals: { 'AWS:SourceAccount': ACCOUNT } }))));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('does not let S3 invoke it');
  });
});
