import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateTrainingJobCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointCommand,
  DescribeTrainingJobCommand,
  type DescribeTrainingJobCommandOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PutRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeployClients } from '../../checker/deploy/clients.ts';
import { labFile } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { sageMakerClient } from '../../checker/services/sagemaker/reader.ts';
import lab from '../../labs/ml-endpoint/lab.ts';
import { CODE_KEY, SAMPLE_TRIP, SKLEARN_IMAGE } from '../../labs/ml-endpoint/ml.ts';
import { predict, sageMakerRuntimeClient } from '../../labs/ml-endpoint/runtime.ts';
import { tarGz } from '../../labs/ml-endpoint/sourcedir.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, type MutantContext, withDeployClients } from '../support/lab-contract.ts';

const emulator = useEmulator();
/** moto's default account, which the emulator's requests land in. */
const ACCOUNT = '123456789012';
const BUCKET = `taxis-datalake-student-${ACCOUNT}`;
const ROLE = 'TaxisSageMakerRole-student';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
const MODEL = 'taxis-fare-model-student';
const CONFIG = 'taxis-fare-config-student';
const ENDPOINT = 'taxis-fare-endpoint-student';
/** What the lesson shows as the endpoint's answer: written by this test, imported by the lesson pages. */
const LESSON_OUTPUT = labFile('ml-endpoint', 'lesson-output.json');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The reference's inline policy, with `change` applied to its statements. */
function referencePolicy(change: (statements: Record<string, unknown>[]) => Record<string, unknown>[]) {
  const arn = `arn:aws:s3:::${BUCKET}`;
  const statements = [
    { Sid: 'ListDataAndModels', Effect: 'Allow', Action: 's3:ListBucket', Resource: arn, Condition: { StringLike: { 's3:prefix': ['processed/*', 'models/*'] } } },
    { Sid: 'ReadProcessed', Effect: 'Allow', Action: 's3:GetObject', Resource: `${arn}/processed/*` },
    { Sid: 'ReadWriteModels', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${arn}/models/*` },
  ];
  return JSON.stringify({ Version: '2012-10-17', Statement: change(statements) });
}

/** Trains `script` (packed as sourcedir.tar.gz) as job `name` and waits until the job ends. */
async function trainToEnd(clients: DeployClients, name: string, script: string): Promise<DescribeTrainingJobCommandOutput> {
  const key = `models/code/${name}.tar.gz`;
  await clients.get(s3Client).send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: tarGz({ 'train.py': Buffer.from(script) }) }));
  const sm = clients.get(sageMakerClient);
  await sm.send(new CreateTrainingJobCommand({
    TrainingJobName: name, RoleArn: ROLE_ARN,
    AlgorithmSpecification: { TrainingImage: SKLEARN_IMAGE, TrainingInputMode: 'File' },
    HyperParameters: { sagemaker_program: '"train.py"', sagemaker_submit_directory: JSON.stringify(`s3://${BUCKET}/${key}`) },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${BUCKET}/processed/trips/` } } }],
    OutputDataConfig: { S3OutputPath: `s3://${BUCKET}/models/` },
    ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 5 },
    StoppingCondition: { MaxRuntimeInSeconds: 600 },
  }));
  for (let i = 0; i < 600; i++) {
    const job = await sm.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    if (job.TrainingJobStatus !== 'InProgress') return job;
    await sleep(100);
  }
  throw new Error(`training job ${name} did not end within 60 s`);
}

async function waitForEndpoint(sm: SageMakerClient, name: string) {
  for (let i = 0; i < 600; i++) {
    const out = await sm.send(new DescribeEndpointCommand({ EndpointName: name }));
    if (out.EndpointStatus !== 'Creating') return out;
    await sleep(100);
  }
  throw new Error(`endpoint ${name} still Creating after 60 s`);
}

const FAILING_SCRIPT = "import pandas\nprint('reading the trips')\nraise KeyError('fare_amount')\n";

describeLabContract('ml-endpoint', emulator, {
  mutants: {
    sagemaker_role_trusts_sagemaker_only: {
      name: 'EC2 may assume the execution role too',
      apply: (ctx) => ctx.clients.get(iamClient).send(new UpdateAssumeRolePolicyCommand({
        RoleName: ROLE,
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['sagemaker.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
      })),
    },
    sagemaker_role_data_access: {
      name: 'models/ becomes read-only',
      apply: (ctx) => ctx.clients.get(iamClient).send(new PutRolePolicyCommand({
        RoleName: ROLE, PolicyName: 'TaxisSageMakerAccess',
        PolicyDocument: referencePolicy((s) => s.map((x) => (x.Sid === 'ReadWriteModels' ? { ...x, Action: 's3:GetObject' } : x))),
      })),
    },
    sagemaker_role_s3_least_privilege: {
      name: 'an extra policy lets the role read raw/',
      apply: (ctx) => ctx.clients.get(iamClient).send(new PutRolePolicyCommand({
        RoleName: ROLE, PolicyName: 'ReadRaw',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/raw/*` }] }),
      })),
    },
    sagemaker_training_job_completed: {
      name: 'the newest training job ran a script that raises (Failed)',
      apply: (ctx: MutantContext) => trainToEnd(ctx.clients, 'taxis-fare-student-broken', FAILING_SCRIPT),
    },
    sagemaker_model_artifact_stored: {
      name: "the job's model.tar.gz is deleted",
      apply: async (ctx) => {
        const jobs = await runChecks({ labs: [lab], target: emulator.target() });
        const artifact = String(jobs.labs[0]!.checks.find((c) => c.id === 'sagemaker_model_artifact_stored')!.evidence.resource);
        await ctx.clients.get(s3Client).send(new DeleteObjectCommand({ Bucket: BUCKET, Key: artifact.replace(`s3://${BUCKET}/`, '') }));
      },
    },
    sagemaker_model_uses_artifact: {
      name: 'the model is re-created from another artifact',
      apply: async (ctx) => {
        const sm = ctx.clients.get(sageMakerClient);
        await sm.send(new DeleteModelCommand({ ModelName: MODEL }));
        await sm.send(new CreateModelCommand({ ModelName: MODEL, ExecutionRoleArn: ROLE_ARN, PrimaryContainer: { Image: SKLEARN_IMAGE, ModelDataUrl: `s3://${BUCKET}/models/old/output/model.tar.gz` } }));
      },
    },
    sagemaker_endpoint_config_instance: {
      name: 'the configuration is re-created on a GPU instance',
      apply: async (ctx) => {
        const sm = ctx.clients.get(sageMakerClient);
        await sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: CONFIG }));
        await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: CONFIG, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: MODEL, InstanceType: 'ml.p3.2xlarge', InitialInstanceCount: 1 }] }));
      },
    },
    sagemaker_endpoint_in_service: {
      name: 'the endpoint is deleted',
      apply: (ctx) => ctx.clients.get(sageMakerClient).send(new DeleteEndpointCommand({ EndpointName: ENDPOINT })),
    },
  },
});

describe('ml-endpoint: training and serving really run on the emulator', () => {
  it("a training script that raises gives a Failed job with the script's error, and the check says so", async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const job = await withDeployClients(emulator, (clients) => trainToEnd(clients, 'taxis-fare-student-raises', FAILING_SCRIPT));
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
