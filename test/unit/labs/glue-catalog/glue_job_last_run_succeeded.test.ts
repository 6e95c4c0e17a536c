import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_job_last_run_succeeded.ts';
import { JOB, ROLE, ROLE_ARN, run } from './helpers.ts';

describe('glue_job_last_run_succeeded', () => {
  it('compliance: the last run SUCCEEDED; evidence names the script and the log groups', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The last run of ${JOB} (jr_${JOB}_1) ended SUCCEEDED.`);
    expect(outcome.evidence).toMatchObject({
      job: { type: 'pythonshell', defaultArguments: ['--BUCKET', 'library-set'] },
      logGroups: ['/aws-glue/python-jobs/output', '/aws-glue/python-jobs/error'],
    });
  });

  it('compliance: an earlier failure does not matter once a later run succeeded; the role by name', async () => {
    const outcome = await run(check, (a) => {
      a.job.role = ROLE;
      a.job.runs = [{ state: 'FAILED', errorMessage: 'KeyError' }, { state: 'SUCCEEDED' }];
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.earlierRuns).toEqual([{ id: `jr_${JOB}_1`, state: 'FAILED' }]);
  });

  it('non-compliance: the last run FAILED, with its error in the message and the evidence', async () => {
    const outcome = await run(check, (a) => a.job.runs!.push({ state: 'FAILED', errorMessage: "KeyError: 'fare_amount'" }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The last run of ${JOB} ended FAILED: KeyError: 'fare_amount'.`);
    expect(outcome.evidence.lastRun).toMatchObject({ state: 'FAILED', errorMessage: "KeyError: 'fare_amount'" });
  });

  it('non-compliance: still running, never run, another role, no job', async () => {
    expect((await run(check, (a) => a.job.runs!.push({ state: 'RUNNING' }))).message.en).toBe(`The last run of ${JOB} is still RUNNING: wait for it to finish and check again.`);
    expect((await run(check, (a) => (a.job.runs = []))).message.en).toBe(`Job ${JOB} has never run.`);
    expect((await run(check, (a) => (a.job.role = ROLE_ARN.replace(ROLE, 'AdminRole')))).message.en).toBe(`Job ${JOB} uses role arn:aws:iam::123456789012:role/AdminRole, not the lab's Glue service role.`);
    const none = await run(check, (a) => (a.job.name = 'etl'));
    expect(none.message.en).toBe(`There is no Glue job named ${JOB} (nor ${JOB}-…) in this region.`);
    expect(none.evidence.jobsSeen).toEqual(['etl']);
  });
});
