import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ml-endpoint/checks/sagemaker_training_job_completed.ts';
import { BUCKET, JOB, run } from './helpers.ts';

describe('sagemaker_training_job_completed', () => {
  it('compliance: the newest taxis-fare job Completed on processed/trips/ with output in models/', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ status: 'Completed', outputPath: `s3://${BUCKET}/models/` });
  });

  it('compliance: an older failed job does not matter when the newest Completed', async () => {
    const outcome = await run(check, (a) => a.jobs.push({ ...a.jobs[0]!, name: 'taxis-fare-20261130-090000', status: 'Failed', createdAt: '2026-11-30T09:00:00.000Z' }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.olderJobs).toEqual(['taxis-fare-20261130-090000']);
  });

  it("non-compliance: the newest job Failed, with the script's error in the message", async () => {
    const outcome = await run(check, (a) => a.jobs.push({
      ...a.jobs[0]!, name: 'taxis-fare-20261130-120000', status: 'Failed', createdAt: '2026-11-30T12:00:00.000Z',
      failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "KeyError: fare_amount"\nCommand "python train.py", exit code: 1',
    }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Job taxis-fare-20261130-120000 is Failed, not Completed. AlgorithmError: ExecuteUserScriptError:.');
  });

  it('non-compliance: trained on raw/ instead of processed/', async () => {
    const outcome = await run(check, (a) => (a.jobs[0]!.channels = [{ name: 'train', s3Uri: `s3://${BUCKET}/raw/` }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`No input channel of job ${JOB} reads s3://${BUCKET}/processed/trips/.`);
  });

  it('non-compliance: another role ran it', async () => {
    const outcome = await run(check, (a) => (a.jobs[0]!.roleArn = 'arn:aws:iam::123456789012:role/AmazonSageMaker-ExecutionRole'));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no taxis-fare job at all', async () => {
    const outcome = await run(check, (a) => (a.jobs = [{ name: 'my-first-job', status: 'Completed' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.trainingJobsSeen).toEqual([]);
  });
});
