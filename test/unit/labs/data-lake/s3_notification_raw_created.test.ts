import { describe, expect, it } from 'vitest';
import check from '../../../../labs/data-lake/checks/s3_notification_raw_created.ts';
import { BUCKET, FUNCTION_ARN, run } from './helpers.ts';

const trigger = (prefix?: string, events = ['s3:ObjectCreated:*'], suffix?: string) => ({ id: 'raw', functionArn: FUNCTION_ARN, events, prefix, suffix });

describe('s3_notification_raw_created', () => {
  it('compliance: EventBridge turned on', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} sends its events to EventBridge, where a rule can react to new objects under raw/.`);
  });

  it('compliance: a function notification for every object created under raw/ (with or without a .csv suffix)', async () => {
    for (const suffix of [undefined, '.csv']) {
      const outcome = await run(check, (a) => (a.bucket.notifications = { eventBridge: false, lambda: [trigger('raw/', undefined, suffix)] }));
      expect(outcome.status).toBe('pass');
      expect(outcome.message.en).toBe(`Bucket ${BUCKET} notifies ${FUNCTION_ARN} of every new object under raw/.`);
    }
  });

  it('compliance: an SQS queue for every object created under raw/', async () => {
    const queueArn = 'arn:aws:sqs:us-east-1:123456789012:taxis-raw-arrivals';
    const outcome = await run(check, (a) => (a.bucket.notifications = { eventBridge: false, queues: [{ id: 'raw', queueArn, events: ['s3:ObjectCreated:*'], prefix: 'raw/' }] }));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} notifies ${queueArn} of every new object under raw/.`);
  });

  it('non-compliance: no notifications at all', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications = { eventBridge: false }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Bucket ${BUCKET} neither sends events to EventBridge nor has notifications to functions or queues.`);
  });

  it('non-compliance: no prefix, Put only, another prefix, a suffix raw CSVs do not have', async () => {
    const cases: [ReturnType<typeof trigger>, string][] = [
      [trigger(undefined), 'it has no prefix, so it also fires for processed/trips/trips.parquet'],
      [trigger('raw/', ['s3:ObjectCreated:Put']), 'its events (s3:ObjectCreated:Put) do not include s3:ObjectCreated:*'],
      [trigger('input/'), 'its prefix input/ is not raw/'],
      [trigger('raw/', undefined, '.json'), 'its suffix .json does not match raw/taxi-sample.csv'],
    ];
    for (const [lambda, reason] of cases) {
      const outcome = await run(check, (a) => (a.bucket.notifications = { eventBridge: false, lambda: [lambda] }));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toBe(`No notification of bucket ${BUCKET} reacts to new objects under raw/ alone (raw: ${reason}).`);
    }
  });
});
