import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_trigger_no_loop.ts';
import { BUCKET_ARN, FUNCTION, FUNCTION_ARN, functionArn, lessonTrigger, run } from './helpers.ts';

describe('lambda_trigger_no_loop', () => {
  it('compliance: the lesson\'s trigger, limited to input/', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`No write under output/ matches the filters of the notifications to ${FUNCTION}.`);
    expect(outcome.evidence).toMatchObject({ resource: BUCKET_ARN, function: FUNCTION_ARN, triggers: [{ prefix: 'input/', suffix: null }] });
  });

  it('compliance: input/ with a suffix per file type', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications = { lambda: [{ ...lessonTrigger(), suffix: '.jpg' }, { ...lessonTrigger(), id: 'png', suffix: '.png' }] }));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: a notification without prefix to another function is not this function\'s loop', async () => {
    const outcome = await run(check, (a) => a.bucket.notifications!.lambda!.push({ id: 'audit', functionArn: functionArn('audit-uploads'), events: ['s3:ObjectCreated:*'] }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: a second trigger without prefix, naming the output key that loops', async () => {
    const outcome = await run(check, (a) => a.bucket.notifications!.lambda!.push({ id: 'everything', functionArn: FUNCTION_ARN, events: ['s3:ObjectCreated:*'] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Loop: the function writes output/photo.jpg, that write matches the filter of a notification to ${FUNCTION}, which invokes it again, and it writes again.`);
    expect(outcome.evidence.loops).toEqual([
      { trigger: 'everything', prefix: null, suffix: null, firesOn: 'output/photo.jpg' },
      { trigger: 'everything', prefix: null, suffix: null, firesOn: 'output/chart.png' },
      { trigger: 'everything', prefix: null, suffix: null, firesOn: 'output/PHOTO.JPG' },
    ]);
    expect(outcome.evidence.loop).toBe(`PutObject output/photo.jpg → s3:ObjectCreated → ${FUNCTION} → PutObject output/… → …`);
  });

  it('non-compliance: a suffix-only trigger for .png fires on the chart\'s copy', async () => {
    const outcome = await run(check, (a) => (a.bucket.notifications = { lambda: [{ id: 'png', functionArn: FUNCTION_ARN, events: ['s3:ObjectCreated:*'], suffix: '.png' }] }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.loops).toEqual([{ trigger: 'png', prefix: null, suffix: '.png', firesOn: 'output/chart.png' }]);
    expect(outcome.message.es).toContain('la función escribe output/chart.png');
  });

  it('non-compliance: a trigger on output/ itself, through an alias', async () => {
    const outcome = await run(check, (a) => a.bucket.notifications!.lambda!.push({ id: 'out', functionArn: `${FUNCTION_ARN}:live`, events: ['s3:ObjectCreated:Put'], prefix: 'output/' }));
    expect(outcome.status).toBe('fail');
    expect((outcome.evidence.loops as { trigger: string }[]).every((l) => l.trigger === 'out')).toBe(true);
  });
});
