import { CreateJobCommand } from '@aws-sdk/client-glue';
import { DetachRolePolicyCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../checker/run.ts';
import { glueClient } from '../../checker/services/glue/reader.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import lab from '../../labs/glue-catalog/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { dataLakeBucket, dataLakePolicyArn, glueCatalogMutants, glueJob, glueRole, rewriteRawTable, runToEnd } from '../support/mutants/glue-catalog.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const ROLE = glueRole('student');
const JOB = glueJob('student');
const bucketOf = (account: string) => dataLakeBucket('student', account);

describeLabContract('glue-catalog', emulator, { mutants: glueCatalogMutants });

async function findingOf(id: string) {
  const result = await runChecks({ labs: [lab], target: emulator.target() });
  return result.labs[0]!.checks.find((c) => c.id === id)!;
}

describe('glue-catalog: another valid solution', () => {
  it('an inline S3 policy without deletes, a table typed by hand with timestamps, and a second successful run pass too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const bucketArn = `arn:aws:s3:::${bucketOf(ACCOUNT)}`;
      const iam = clients.get(iamClient);
      await iam.send(new DetachRolePolicyCommand({ RoleName: ROLE, PolicyArn: dataLakePolicyArn('student', ACCOUNT) }));
      await iam.send(new PutRolePolicyCommand({
        RoleName: ROLE, PolicyName: 'glue-data-lake',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } },
            { Effect: 'Allow', Action: 's3:GetObject', Resource: [`${bucketArn}/raw/*`, `${bucketArn}/scripts/raw_to_parquet.py`] },
            { Effect: 'Allow', Action: 's3:PutObject', Resource: `${bucketArn}/processed/trips/*` },
          ],
        }),
      }));
      const ctx = { clients, account: ACCOUNT, region: 'us-east-1', learner: 'student' };
      await rewriteRawTable(ctx, (columns) => columns.map((c) => (c.Name?.endsWith('_datetime') ? { ...c, Type: 'timestamp' } : c)));
      expect((await runToEnd(clients, JOB)).JobRunState).toBe('SUCCEEDED');
    });
    expect(Object.values(await statusesOf(lab, emulator))).toEqual(lab.checks.map(() => 'pass'));
  });
});

describe('glue-catalog: the job really runs on the emulator', () => {
  it('a script that raises makes the job check fail with its error in the message and the evidence', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      await clients.get(s3Client).send(new PutObjectCommand({
        Bucket: bucketOf(ACCOUNT), Key: 'scripts/raw_to_parquet.py', Body: 'raise ValueError("fare_amount has text in row 7")\n',
      }));
      const run = await runToEnd(clients, JOB);
      expect(run.JobRunState).toBe('FAILED');
      expect(run.ErrorMessage).toBe('ValueError: fare_amount has text in row 7');
    });
    const job = await findingOf('glue_job_last_run_succeeded');
    expect(job.status).toBe('fail');
    expect(job.message.en).toBe(`The last run of ${JOB} ended FAILED: ValueError: fare_amount has text in row 7.`);
    expect(job.evidence.lastRun).toMatchObject({ state: 'FAILED', errorMessage: 'ValueError: fare_amount has text in row 7' });
    expect(job.evidence.earlierRuns).toEqual([expect.objectContaining({ state: 'SUCCEEDED' })]);
    expect((await findingOf('glue_job_parquet_written')).status).toBe('skipped');
  });

  it('a Spark (glueetl) job is not run by the emulator: its run fails saying so, and so does the check', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const spark = 'taxis-raw-to-parquet';
    await withDeployClients(emulator, async (clients) => {
      await clients.get(glueClient).send(new CreateJobCommand({
        Name: spark, Role: `arn:aws:iam::${ACCOUNT}:role/${ROLE}`, GlueVersion: '5.0', WorkerType: 'G.1X', NumberOfWorkers: 2,
        Command: { Name: 'glueetl', ScriptLocation: `s3://${bucketOf(ACCOUNT)}/scripts/raw_to_parquet.py`, PythonVersion: '3' },
      }));
      expect((await runToEnd(clients, spark)).JobRunState).toBe('FAILED');
    });
    // The exact lesson name is graded before the reference's suffixed one.
    const job = await findingOf('glue_job_last_run_succeeded');
    expect(job.status).toBe('fail');
    expect(job.message.en).toContain("runs only Python shell jobs (Command.Name 'pythonshell')");
    expect(job.evidence.job).toMatchObject({ type: 'glueetl' });
    expect(job.evidence.otherMatchingJobs).toEqual([JOB]);
  });

  it('the Parquet the reference job wrote has the cleaned columns and every trip of the sample', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const parquet = await findingOf('glue_job_parquet_written');
    expect(parquet.status).toBe('pass');
    expect(parquet.evidence).toMatchObject({ folder: 'processed/trips/', rows: 500 });
    const [file] = parquet.evidence.files as { key: string; columns: string[] }[];
    expect(file!.key).toBe('processed/trips/trips.parquet');
    expect(file!.columns).toEqual(expect.arrayContaining(['tpep_pickup_datetime:timestamp', 'tpep_dropoff_datetime:timestamp', 'fare_amount:double', 'trip_distance:double', 'payment_type:int64']));
  });
});
