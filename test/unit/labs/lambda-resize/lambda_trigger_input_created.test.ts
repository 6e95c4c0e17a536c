import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_trigger_input_created.ts';
import { BUCKET, BUCKET_ARN, FUNCTION, FUNCTION_ARN, functionArn, lessonTrigger, run } from './helpers.ts';

const FOUR_EVENTS = ['s3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload'];

describe('lambda_trigger_input_created', () => {
  it('compliance: s3:ObjectCreated:* under input/', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Every object created under input/ invokes ${FUNCTION}.`);
    expect(outcome.evidence).toMatchObject({ resource: BUCKET_ARN, function: FUNCTION_ARN, triggers: [{ id: 'resize-input', events: ['s3:ObjectCreated:*'], prefix: 'input/', suffix: null }] });
  });

  it('compliance: the four create events listed one by one, one trigger per file type', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications = { lambda: [
      { functionArn: FUNCTION_ARN, events: FOUR_EVENTS, prefix: 'input/', suffix: '.jpg' },
      { functionArn: FUNCTION_ARN, events: FOUR_EVENTS, prefix: 'input/', suffix: '.png' },
    ] }));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: a narrower prefix under input/', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications!.lambda![0]!.prefix = 'input/photos/'));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Every object created under input/photos/ invokes ${FUNCTION}.`);
  });

  it('compliance: the trigger points at an alias of the function', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications!.lambda![0]!.functionArn = `${FUNCTION_ARN}:live`));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the guide\'s PUT-only trigger misses multipart uploads', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications!.lambda![0]!.events = ['s3:ObjectCreated:Put']));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The notification to ${FUNCTION} does not cover every create event (s3:ObjectCreated:Put).`);
  });

  it('non-compliance: three of the four create events', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications!.lambda![0]!.events = FOUR_EVENTS.slice(0, 3)));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('does not cover every create event');
  });

  it('non-compliance: no prefix, or a prefix that is not input/', async () => {
    for (const prefix of [undefined, 'input', 'photos/']) {
      const outcome = await run(check, (a) => (a.bucket.notifications = { lambda: [{ ...lessonTrigger(), prefix }] }));
      expect(outcome.status, String(prefix)).toBe('fail');
      expect(outcome.message.en, String(prefix)).toBe(`The notification to ${FUNCTION} is not limited to the input/ prefix.`);
    }
  });

  it('non-compliance: the notification invokes another function', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications = { lambda: [{ ...lessonTrigger(), functionArn: functionArn(`${FUNCTION}-old`) }] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} has no notification to ${FUNCTION}.`);
    expect(outcome.evidence.triggers).toEqual([]);
  });

  it('non-compliance: no photos bucket in the lab\'s region', async () => {
    const outcome = await run(check, (a) => (a.bucket.region = 'eu-west-1'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no bucket whose name starts with nubelab-images- in region us-east-1.');
    expect(outcome.evidence.bucketsSeen).toEqual([BUCKET]);
  });
});
