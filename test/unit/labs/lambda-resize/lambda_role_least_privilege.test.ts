import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_role_least_privilege.ts';
import { BUCKET_ARN, FUNCTION_ARN, LAMBDA_BASIC_EXECUTION, ROLE, run, S3_FULL_ACCESS } from './helpers.ts';

const inline = (name: string, ...statements: object[]) => ({ name, kind: 'inline' as const, document: { Version: '2012-10-17', Statement: statements as never } });

describe('lambda_role_least_privilege', () => {
  it('compliance: AWSLambdaBasicExecutionRole and the lesson\'s S3 policy', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.questionsAsked).toBe(10);
    expect(outcome.evidence.allowedButShouldNotBe).toBeUndefined();
  });

  it('compliance: PutObject on the whole bucket with an explicit Deny on input/', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [LAMBDA_BASIC_EXECUTION, inline('resize-s3',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/input/*` },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/*` },
      { Effect: 'Deny', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/input/*` },
    )]));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the guide\'s AmazonS3FullAccess, named as the grant', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(S3_FULL_ACCESS));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} can do s3:PutObject ${BUCKET_ARN}/input/photo.jpg (and 6 more), granted by AmazonS3FullAccess.`);
    expect(outcome.evidence.allowedButShouldNotBe).toContainEqual(expect.objectContaining({ action: 's3:DeleteObject', decidedBy: 'AmazonS3FullAccess #0' }));
    expect(outcome.evidence.allowedButShouldNotBe).toContainEqual(expect.objectContaining({ action: 's3:PutBucketNotification', resource: BUCKET_ARN }));
  });

  it('non-compliance: PutObject on <bucket>/* can write input/, which triggers the loop', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [LAMBDA_BASIC_EXECUTION, inline('resize-s3',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/input/*` },
      { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/*` },
    )]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} can do s3:PutObject ${BUCKET_ARN}/input/photo.jpg, granted by resize-s3.`);
    expect(outcome.evidence.allowedButShouldNotBe).toEqual([{ action: 's3:PutObject', resource: `${BUCKET_ARN}/input/photo.jpg`, decision: 'allowed', decidedBy: 'resize-s3 #1 (Write)' }]);
  });

  it('non-compliance: the function may change its own code', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(inline('lambda', { Effect: 'Allow', Action: 'lambda:*', Resource: '*' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe(`El rol ${ROLE} puede hacer lambda:UpdateFunctionCode ${FUNCTION_ARN}, concedido por lambda.`);
  });

  it('non-compliance: any IAM action', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(inline('iam', { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('iam:PassRole');
  });

  it('non-compliance: reading any bucket', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(inline('read-all', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*/*' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('s3:GetObject arn:aws:s3:::nubelab-some-other-bucket-123456789012/secrets.csv');
  });
});
