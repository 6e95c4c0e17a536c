import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_role_resize_access.ts';
import { ACCOUNT, BUCKET, BUCKET_ARN, LAMBDA_BASIC_EXECUTION, REGION, ROLE, ROLE_ARN, run } from './helpers.ts';

const inline = (name: string, ...statements: object[]) => ({ name, kind: 'inline' as const, document: { Version: '2012-10-17', Statement: statements as never } });

describe('lambda_role_resize_access', () => {
  it('compliance: AWSLambdaBasicExecutionRole and the lesson\'s S3 policy', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`4 requests evaluated: role ${ROLE} can do what it needs and none of what is forbidden.`);
    expect(outcome.evidence).toMatchObject({
      resource: ROLE_ARN,
      bucket: BUCKET,
      policies: ['AWSLambdaBasicExecutionRole (arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole)', 'resize-s3 (inline)'],
      questionsAsked: 4,
    });
  });

  it('compliance: s3:GetObject on the whole bucket still covers input/', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [LAMBDA_BASIC_EXECUTION, inline('resize-s3',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/*` },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/output/*` },
    )]));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: logs limited to the function\'s own log group instead of the managed policy', async () => {
    const group = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/nubelab-image-resize`;
    const outcome = await run(check, (a) => (a.role.policies = [
      inline('logs', { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: group }, { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${group}:*` }),
      a.role.policies![1]!,
    ]));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no permission to write logs', async () => {
    const outcome = await run(check, (a) => (a.role.policies = a.role.policies!.filter((p) => p.name !== 'AWSLambdaBasicExecutionRole')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(new RegExp(`^The policies of role ${ROLE} do not allow: logs:CreateLogStream .*; logs:PutLogEvents `));
    expect(outcome.evidence.notAllowed).toEqual([
      expect.objectContaining({ action: 'logs:CreateLogStream', decision: 'implicit-deny' }),
      expect.objectContaining({ action: 'logs:PutLogEvents', decision: 'implicit-deny' }),
    ]);
  });

  it('non-compliance: logs only (the S3 policy removed)', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [LAMBDA_BASIC_EXECUTION]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`s3:GetObject ${BUCKET_ARN}/input/photo.jpg; s3:PutObject ${BUCKET_ARN}/output/photo.jpg`);
  });

  it('non-compliance: the prefixes swapped (read output/, write input/)', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [LAMBDA_BASIC_EXECUTION, inline('resize-s3',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/output/*` },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET_ARN}/input/*` },
    )]));
    expect(outcome.status).toBe('fail');
    expect((outcome.evidence.notAllowed as { action: string }[]).map((n) => n.action)).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('non-compliance: an explicit Deny on output/ beats the Allow', async () => {
    const outcome = await run(check, (a) => a.role.policies!.push(inline('no-writes', { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' })));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.notAllowed).toEqual([expect.objectContaining({ action: 's3:PutObject', decision: 'explicit-deny', decidedBy: 'no-writes #0' })]);
  });
});
