import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  DeleteEndpointCommand,
  DescribeEndpointCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labFile } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { sageMakerClient } from '../../checker/services/sagemaker/reader.ts';
import lab from '../../labs/ml-endpoint/lab.ts';
import { CODE_KEY, SAMPLE_TRIP } from '../../labs/ml-endpoint/ml.ts';
import { predict, sageMakerRuntimeClient } from '../../labs/ml-endpoint/runtime.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { FAILING_SCRIPT, mlEndpointMutants, mlNames, trainToEnd } from '../support/mutants/ml-endpoint.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const { model: MODEL, endpoint: ENDPOINT } = mlNames({ learner: 'student', account: ACCOUNT });
/** What the lesson shows as the endpoint's answer: written by this test, imported by the lesson pages. */
const LESSON_OUTPUT = labFile('ml-endpoint', 'lesson-output.json');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForEndpoint(sm: SageMakerClient, name: string) {
  for (let i = 0; i < 600; i++) {
    const out = await sm.send(new DescribeEndpointCommand({ EndpointName: name }));
    if (out.EndpointStatus !== 'Creating') return out;
    await sleep(100);
  }
  throw new Error(`endpoint ${name} still Creating after 60 s`);
}

describeLabContract('ml-endpoint', emulator, { mutants: mlEndpointMutants });

describe('ml-endpoint: training and serving really run on the emulator', () => {
  it("a training script that raises gives a Failed job with the script's error, and the check says so", async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const job = await withDeployClients(emulator, (clients) => trainToEnd({ clients, account: ACCOUNT, region: 'us-east-1', learner: 'student' }, 'taxis-fare-student-raises', FAILING_SCRIPT));
    expect(job.TrainingJobStatus).toBe('Failed');
    expect(job.FailureReason).toContain('ErrorMessage "KeyError: \'fare_amount\'"');
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const check = result.labs[0]!.checks.find((c) => c.id === 'sagemaker_training_job_completed')!;
    expect(check.status).toBe('fail');
    expect(check.message.en).toBe('Job taxis-fare-student-raises is Failed, not Completed. AlgorithmError: ExecuteUserScriptError:.');
    expect(check.evidence.failureReason).toContain("KeyError: 'fare_amount'");
  });

  it('the reference endpoint answers the sample trip with the fare the lesson shows (set NUBELAB_UPDATE_LESSON_OUTPUT=1 to regenerate it)', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const answer = await withDeployClients(emulator, (clients) => predict(clients.get(sageMakerRuntimeClient), ENDPOINT, `${SAMPLE_TRIP}\n`));
    const fares = JSON.parse(answer) as number[];
    expect(fares).toHaveLength(1);
    expect(fares[0]).toBeGreaterThan(3);
    const output = { request: SAMPLE_TRIP, features: ['trip_distance', 'trip_minutes', 'pickup_hour', 'passenger_count'], response: answer };
    if (process.env.NUBELAB_UPDATE_LESSON_OUTPUT === '1') writeFileSync(LESSON_OUTPUT, `${JSON.stringify(output, null, 2)}\n`);
    expect(JSON.parse(readFileSync(LESSON_OUTPUT, 'utf8'))).toEqual(output);
  });
});

describe('ml-endpoint: another valid solution', () => {
  it('a serverless configuration and an endpoint under the lesson\'s exact names, serving the reference model, pass too and answer the same', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const sm = clients.get(sageMakerClient);
      await sm.send(new DeleteEndpointCommand({ EndpointName: ENDPOINT }));
      await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'taxis-fare-config', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: MODEL, ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 1 } }] }));
      await sm.send(new CreateEndpointCommand({ EndpointName: 'taxis-fare-endpoint', EndpointConfigName: 'taxis-fare-config' }));
      expect((await waitForEndpoint(sm, 'taxis-fare-endpoint')).EndpointStatus).toBe('InService');
      const answer = await predict(clients.get(sageMakerRuntimeClient), 'taxis-fare-endpoint', `${SAMPLE_TRIP}\n`);
      expect(answer).toBe((JSON.parse(readFileSync(LESSON_OUTPUT, 'utf8')) as { response: string }).response);
    });
    expect(await statusesOf(lab, emulator)).toEqual(Object.fromEntries(lab.checks.map((c) => [c.id, 'pass'])));
  });

  it('the code archive is where the lesson puts it', () => {
    expect(CODE_KEY).toBe('models/code/sourcedir.tar.gz');
  });
});
