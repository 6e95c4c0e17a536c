import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_crawler_raw_crawled.ts';
import { BUCKET, CRAWLER, ROLE, run } from './helpers.ts';

describe('glue_crawler_raw_crawled', () => {
  it('compliance: the crawler over raw/ with the role ARN, last crawl SUCCEEDED', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Crawler ${CRAWLER} crawled s3://${BUCKET}/raw/ successfully into taxis.`);
  });

  it('compliance: the role given by name, and a subfolder of raw/ without the trailing slash', async () => {
    const outcome = await run(check, (a) => {
      a.crawlers[0]!.role = ROLE;
      a.crawlers[0]!.s3Targets = [{ path: `s3://${BUCKET}/raw/trips`, exclusions: [] }];
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the whole bucket as the target', async () => {
    const outcome = await run(check, (a) => (a.crawlers[0]!.s3Targets = [{ path: `s3://${BUCKET}/`, exclusions: [] }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`No crawler of database taxis has s3://${BUCKET}/raw/ alone as its source.`);
    expect(outcome.evidence.crawlers).toEqual([expect.objectContaining({ name: CRAWLER, targets: [`s3://${BUCKET}/`] })]);
  });

  it('non-compliance: another role, never run, a failed crawl', async () => {
    expect((await run(check, (a) => (a.crawlers[0]!.role = 'AWSGlueServiceRole-default'))).message.en).toBe(
      `Crawler ${CRAWLER} uses role AWSGlueServiceRole-default, not the lab's Glue service role.`,
    );
    expect((await run(check, (a) => delete a.crawlers[0]!.lastCrawl)).message.en).toBe(`Crawler ${CRAWLER} has not finished a run yet (state READY).`);
    const failed = await run(check, (a) => (a.crawlers[0]!.lastCrawl = { status: 'FAILED', errorMessage: 'Service Principal: glue.amazonaws.com is not authorized to perform: s3:GetObject' }));
    expect(failed.status).toBe('fail');
    expect(failed.message.en).toBe(`The last run of crawler ${CRAWLER} ended FAILED: Service Principal: glue.amazonaws.com is not authorized to perform: s3:GetObject.`);
  });

  it('non-compliance: a crawler over raw/ that writes into another database', async () => {
    const outcome = await run(check, (a) => (a.crawlers[0]!.database = 'default'));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.crawlers).toEqual([]);
  });
});
