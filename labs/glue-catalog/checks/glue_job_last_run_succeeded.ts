import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import type { JobRunInfo } from '../../../checker/services/glue/types.ts';
import { closed, findGlueRole, isRole, JOB_NAME, withJob, type GradedJob } from '../catalog.ts';

/** How many recent runs are read: the last one is judged, the others give context. */
const RECENT_RUNS = 5;
const IN_PROGRESS = ['STARTING', 'RUNNING', 'STOPPING', 'WAITING'];

const runEvidence = (r: JobRunInfo) => ({
  id: r.id, state: r.state, startedAt: r.startedAt ?? null, completedAt: r.completedAt ?? null,
  executionSeconds: r.executionSeconds ?? null, ...(r.errorMessage ? { errorMessage: r.errorMessage } : {}),
});

/** Where Glue writes a run's output: Python shell jobs and Spark jobs use different groups; the stream is the run id. */
const logGroups = (job: GradedJob) =>
  job.type === 'pythonshell' ? ['/aws-glue/python-jobs/output', '/aws-glue/python-jobs/error'] : ['/aws-glue/jobs/output', '/aws-glue/jobs/error'];

export default defineCheck({
  id: 'glue_job_last_run_succeeded',
  cli: 'aws glue start-job-run --job-name taxis-raw-to-parquet && aws glue get-job-runs --job-name taxis-raw-to-parquet --max-results 1',
  relies: ['glue.job-runs'],
  points: 1,
  title: { es: `La última ejecución del job ${JOB_NAME}, con el rol de Glue, terminó en SUCCEEDED`, en: `The last run of the ${JOB_NAME} job, with the Glue role, ended SUCCEEDED` },
  hint: {
    es: `Crea el job ${JOB_NAME} de tipo Python shell (Command Name=pythonshell, PythonVersion=3.9) con el rol de Glue y el script subido a S3, ejecútalo (aws glue start-job-run) y espera a que termine. Si falla, el error está en la evidencia y la salida del script en los grupos de registros /aws-glue/python-jobs/output y /aws-glue/python-jobs/error, en el flujo con el id de la ejecución.`,
    en: `Create the ${JOB_NAME} job as a Python shell job (Command Name=pythonshell, PythonVersion=3.9) with the Glue role and the script uploaded to S3, run it (aws glue start-job-run) and wait for it to finish. If it fails, the error is in the evidence and the script's output in the /aws-glue/python-jobs/output and /aws-glue/python-jobs/error log groups, in the stream named after the run id.`,
  },
  run: (ctx) =>
    withJob(ctx, async (job) => {
      const { graded: role } = await findGlueRole(ctx);
      const runs = await ctx.glue.recentJobRuns(job.name, RECENT_RUNS);
      const last = runs[0];
      const evidence = {
        resource: `arn:aws:glue:${ctx.settings.region}:${await ctx.account.id()}:job/${job.name}`,
        job: { type: job.type, role: job.role, scriptLocation: job.scriptLocation ?? null, pythonVersion: job.pythonVersion ?? null, glueVersion: job.glueVersion ?? null, defaultArguments: job.defaultArgumentNames },
        lastRun: last ? runEvidence(last) : null,
        earlierRuns: runs.slice(1).map((r) => ({ id: r.id, state: r.state })),
        logGroups: logGroups(job),
        otherMatchingJobs: job.others,
      };
      if (!role || !isRole(job.role, role)) {
        return fail(
          { es: `El job ${job.name} usa el rol ${job.role}, no el rol de servicio de Glue del laboratorio.`, en: `Job ${job.name} uses role ${job.role}, not the lab's Glue service role.` },
          evidence,
        );
      }
      if (!last) {
        return fail({ es: `El job ${job.name} no se ha ejecutado nunca.`, en: `Job ${job.name} has never run.` }, evidence);
      }
      if (IN_PROGRESS.includes(last.state)) {
        return fail(
          { es: `La última ejecución de ${job.name} sigue en ${last.state}: espera a que termine y vuelve a comprobar.`, en: `The last run of ${job.name} is still ${last.state}: wait for it to finish and check again.` },
          evidence,
        );
      }
      if (last.state !== 'SUCCEEDED') {
        const why = last.errorMessage ?? (last.state === 'TIMEOUT' ? 'timeout' : 'sin mensaje');
        const whyEn = last.errorMessage ?? (last.state === 'TIMEOUT' ? 'timeout' : 'no message');
        return fail(
          { es: `La última ejecución de ${job.name} terminó en ${last.state}: ${closed(why)}`, en: `The last run of ${job.name} ended ${last.state}: ${closed(whyEn)}` },
          evidence,
        );
      }
      return pass(
        { es: `La última ejecución de ${job.name} (${last.id}) terminó en SUCCEEDED.`, en: `The last run of ${job.name} (${last.id}) ended SUCCEEDED.` },
        evidence,
      );
    }),
});
