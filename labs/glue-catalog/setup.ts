import { unlessEngineLacks } from '../../checker/deploy/setup.ts';
import { GetCrawlerCommand, GetJobRunCommand, GetTablesCommand, StartCrawlerCommand, StartJobRunCommand, type GlueClient } from '@aws-sdk/client-glue';
import { errorCode } from '../../checker/aws/errors.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { glueClient } from '../../checker/services/glue/reader.ts';

/**
 * The reference is only done when it has worked: after the stack is deployed and the job's script
 * seeded, the crawler crawls raw/ and the job runs once, and deploy waits (bounded) for both to
 * finish. A crawl or run that fails makes the deploy fail with Glue's own error message, instead of
 * reporting a success the checker would then contradict. On AWS a crawl takes a minute or two and
 * a Python shell run about as long; on the emulator, seconds.
 */

const CRAWL_WAIT_MS = 10 * 60_000;
const RUN_WAIT_MS = 15 * 60_000;
const POLL_MS = 500;
const FINISHED_RUN = ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT', 'ERROR', 'EXPIRED'];

const physicalIdOf = (ctx: LabSetupContext, type: string) => ctx.resources.find((r) => r.type === type)?.physicalId;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setupError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

async function crawl(glue: GlueClient, ctx: LabSetupContext, name: string): Promise<void> {
  const started = Date.now();
  try {
    await glue.send(new StartCrawlerCommand({ Name: name }));
  } catch (error) {
    // Already crawling (a deploy run twice): wait for that crawl instead.
    if (errorCode(error) !== 'CrawlerRunningException') throw error;
  }
  for (;;) {
    await sleep(POLL_MS);
    const { Crawler: crawler } = await glue.send(new GetCrawlerCommand({ Name: name }));
    const last = crawler?.LastCrawl;
    const finished = crawler?.State === 'READY' && last?.StartTime !== undefined && last.StartTime.getTime() >= started - 5_000;
    if (finished) {
      if (last.Status !== 'SUCCEEDED') throw setupError('CrawlFailed', `crawler ${name} ended ${last.Status}: ${last.ErrorMessage ?? 'no message'}`);
      const database = crawler.DatabaseName ?? '';
      const { TableList = [] } = await glue.send(new GetTablesCommand({ DatabaseName: database }));
      ctx.emit({ kind: 'glue-crawl-finished', crawler: name, database, tables: TableList.length, afterMs: Date.now() - started });
      return;
    }
    if (Date.now() - started > CRAWL_WAIT_MS) throw setupError('CrawlTimedOut', `crawler ${name} did not finish within ${CRAWL_WAIT_MS / 60_000} min`);
  }
}

async function runJob(glue: GlueClient, ctx: LabSetupContext, job: string): Promise<void> {
  const started = Date.now();
  const { JobRunId: runId = '' } = await glue.send(new StartJobRunCommand({ JobName: job }));
  for (;;) {
    await sleep(POLL_MS);
    const { JobRun: run } = await glue.send(new GetJobRunCommand({ JobName: job, RunId: runId }));
    const state = run?.JobRunState ?? '';
    if (state === 'SUCCEEDED') {
      ctx.emit({ kind: 'glue-job-run-succeeded', job, runId, afterMs: Date.now() - started });
      return;
    }
    if (FINISHED_RUN.includes(state)) {
      throw setupError('JobRunFailed', `job ${job} run ${runId} ended ${state}: ${run?.ErrorMessage ?? 'no message'}; read /aws-glue/python-jobs/error, stream ${runId}`);
    }
    if (Date.now() - started > RUN_WAIT_MS) throw setupError('JobRunTimedOut', `job ${job} run ${runId} did not finish within ${RUN_WAIT_MS / 60_000} min`);
  }
}

export const glueCatalogSetup: LabSetup = {
  async apply(ctx) {
    const glue = ctx.clients.get(glueClient);
    const crawler = physicalIdOf(ctx, 'AWS::Glue::Crawler');
    const job = physicalIdOf(ctx, 'AWS::Glue::Job');
    if (crawler) await crawl(glue, ctx, crawler);
    if (job) await unlessEngineLacks(ctx, 'glue-catalog', 'glue.job-runs', { es: 'ejecutar el trabajo de Glue', en: 'run the Glue job' }, () => runJob(glue, ctx, job));
  },
  // The catalog tables go with the database; the Parquet files and the script stay in the data
  // lake until the s3-bucket lab's destroy empties the bucket, as a learner's own work would.
  async remove() {},
};
