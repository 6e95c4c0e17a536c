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
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { errorCode } from '../../checker/aws/errors.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { sageMakerClient } from '../../checker/services/sagemaker/reader.ts';
import { stsClient } from '../../checker/services/sts/index.ts';
import { BUCKET_PREFIX } from '../s3-bucket/bucket.ts';
import { CODE_KEY, CONFIG_NAME, ENDPOINT_NAME, JOB_PREFIX, MODEL_NAME, MODEL_PREFIX, ROLE_NAME, SAMPLE_TRIP, SKLEARN_IMAGE, TRAINING_DATA_PREFIX } from './ml.ts';
import { predict, sageMakerRuntimeClient } from './runtime.ts';
import { ENTRY_POINT, sourceDirArchive } from './sourcedir.ts';

/**
 * Training is not a CloudFormation resource, and a model needs the artifact training writes, so
 * the reference stack holds only the execution role; the rest is SDK calls after it, in the
 * lesson's order: upload sourcedir.tar.gz under models/code/, start a training job on
 * processed/trips/ and wait for Completed, create the model from its model.tar.gz, the endpoint
 * configuration (one ml.m5.large instance) and the endpoint, wait for InService, and send the
 * lesson's sample trip, so a deploy that "worked" has answered a prediction. Each wait is bounded;
 * a Failed job or endpoint stops the deploy with SageMaker's reason. Before destroy, the endpoint,
 * its configuration and the model are deleted (the endpoint is what is billed by the hour).
 * Training jobs stay listed, as on AWS; their artifacts stay in the data lake.
 */

export const INSTANCE_TYPE = 'ml.m5.large';
const TRAINING_WAIT_MS = 30 * 60_000;
const ENDPOINT_WAIT_MS = 30 * 60_000;
/** A new IAM role takes a few seconds to be assumable by SageMaker on AWS. */
const ROLE_PROPAGATION_MS = 60_000;
const POLL_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setupError = (name: string, message: string) => Object.assign(new Error(message), { name });

export interface ReferenceNames {
  learner: string;
  account: string;
  roleName: string;
  bucket: string;
  model: string;
  config: string;
  endpoint: string;
}

/** The reference's names follow from its role, `TaxisSageMakerRole-<learner>`, and the account. */
async function referenceNames(ctx: LabSetupContext): Promise<ReferenceNames | undefined> {
  const roleName = ctx.resources.find((r) => r.type === 'AWS::IAM::Role' && r.physicalId.startsWith(`${ROLE_NAME}-`))?.physicalId;
  if (!roleName) return undefined;
  const learner = roleName.slice(ROLE_NAME.length + 1);
  const { Account: account } = await ctx.clients.get(stsClient).send(new GetCallerIdentityCommand({}));
  return {
    learner, account: account ?? '', roleName, bucket: `${BUCKET_PREFIX}${learner}-${account}`,
    model: `${MODEL_NAME}-${learner}`, config: `${CONFIG_NAME}-${learner}`, endpoint: `${ENDPOINT_NAME}-${learner}`,
  };
}

/** `taxis-fare-<learner>-20261130-231500`: training job names are never reused. */
const jobName = (learner: string) => `${JOB_PREFIX}-${learner}-${new Date().toISOString().replace(/\D/g, '').slice(0, 14).replace(/^(\d{8})/, '$1-')}`;

async function startTraining(sm: SageMakerClient, names: ReferenceNames, roleArn: string): Promise<string> {
  const name = jobName(names.learner);
  const request = new CreateTrainingJobCommand({
    TrainingJobName: name,
    RoleArn: roleArn,
    AlgorithmSpecification: { TrainingImage: SKLEARN_IMAGE, TrainingInputMode: 'File' },
    HyperParameters: {
      'sagemaker_program': JSON.stringify(ENTRY_POINT),
      'sagemaker_submit_directory': JSON.stringify(`s3://${names.bucket}/${CODE_KEY}`),
      'n-estimators': '100',
      'max-depth': '3',
    },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${names.bucket}/${TRAINING_DATA_PREFIX}`, S3DataDistributionType: 'FullyReplicated' } } }],
    OutputDataConfig: { S3OutputPath: `s3://${names.bucket}/${MODEL_PREFIX}` },
    ResourceConfig: { InstanceType: INSTANCE_TYPE, InstanceCount: 1, VolumeSizeInGB: 5 },
    StoppingCondition: { MaxRuntimeInSeconds: 1800 },
  });
  const started = Date.now();
  for (;;) {
    try {
      await sm.send(request);
      return name;
    } catch (error) {
      const roleNotReady = errorCode(error) === 'ValidationException' && /role/i.test(String((error as Error).message));
      if (!roleNotReady || Date.now() - started > ROLE_PROPAGATION_MS) throw error;
      await sleep(5_000);
    }
  }
}

async function waitForTraining(sm: SageMakerClient, ctx: LabSetupContext, name: string): Promise<string> {
  const started = Date.now();
  for (;;) {
    await sleep(POLL_MS);
    const job = await sm.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    const artifact = job.ModelArtifacts?.S3ModelArtifacts ?? '';
    if (job.TrainingJobStatus === 'Completed') {
      const [, bucket = '', key = ''] = /^s3:\/\/([^/]+)\/(.*)$/.exec(artifact) ?? [];
      ctx.emit({ kind: 'output-appeared', bucket, key, afterMs: Date.now() - started });
      return artifact;
    }
    if (job.TrainingJobStatus !== 'InProgress' && job.TrainingJobStatus !== 'Stopping') {
      throw setupError('TrainingJobFailed', `training job ${name} ended ${job.TrainingJobStatus}: ${job.FailureReason ?? job.SecondaryStatus ?? 'no reason given'}; read /aws/sagemaker/TrainingJobs, stream ${name}/algo-1-…`);
    }
    if (Date.now() - started > TRAINING_WAIT_MS) throw setupError('TrainingJobTimedOut', `training job ${name} did not finish within ${TRAINING_WAIT_MS / 60_000} min`);
  }
}

/** Deletes what may exist from an earlier deploy (models and configurations are immutable). */
async function ignoringMissing(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!['ValidationException', 'ValidationError', 'ResourceNotFound'].includes(errorCode(error))) throw error;
  }
}

/** DeleteEndpoint returns at once and the endpoint is Deleting for a while; a new one with its name must wait. */
async function waitGone(sm: SageMakerClient, endpoint: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ENDPOINT_WAIT_MS) {
    try {
      await sm.send(new DescribeEndpointCommand({ EndpointName: endpoint }));
    } catch (error) {
      if (['ValidationException', 'ValidationError'].includes(errorCode(error))) return;
      throw error;
    }
    await sleep(POLL_MS);
  }
  throw setupError('EndpointNotDeleted', `endpoint ${endpoint} still exists ${ENDPOINT_WAIT_MS / 60_000} min after DeleteEndpoint`);
}

async function removeServing(sm: SageMakerClient, names: ReferenceNames): Promise<void> {
  await ignoringMissing(() => sm.send(new DeleteEndpointCommand({ EndpointName: names.endpoint })));
  await waitGone(sm, names.endpoint);
  await ignoringMissing(() => sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: names.config })));
  await ignoringMissing(() => sm.send(new DeleteModelCommand({ ModelName: names.model })));
}

async function createServing(sm: SageMakerClient, names: ReferenceNames, roleArn: string, artifact: string): Promise<void> {
  await sm.send(new CreateModelCommand({
    ModelName: names.model,
    ExecutionRoleArn: roleArn,
    PrimaryContainer: {
      Image: SKLEARN_IMAGE,
      ModelDataUrl: artifact,
      // The inference functions are in the training script: SageMaker fetches it from the same archive.
      Environment: { SAGEMAKER_PROGRAM: ENTRY_POINT, SAGEMAKER_SUBMIT_DIRECTORY: `s3://${names.bucket}/${CODE_KEY}` },
    },
  }));
  await sm.send(new CreateEndpointConfigCommand({
    EndpointConfigName: names.config,
    ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: names.model, InstanceType: INSTANCE_TYPE, InitialInstanceCount: 1 }],
  }));
  await sm.send(new CreateEndpointCommand({ EndpointName: names.endpoint, EndpointConfigName: names.config }));
}

async function waitInService(sm: SageMakerClient, ctx: LabSetupContext, endpoint: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    await sleep(POLL_MS);
    const out = await sm.send(new DescribeEndpointCommand({ EndpointName: endpoint }));
    if (out.EndpointStatus === 'InService') {
      ctx.emit({ kind: 'sagemaker-endpoint-in-service', endpoint, afterMs: Date.now() - started });
      return;
    }
    if (out.EndpointStatus === 'Failed') throw setupError('EndpointFailed', `endpoint ${endpoint} Failed: ${out.FailureReason ?? 'no reason given'}`);
    if (Date.now() - started > ENDPOINT_WAIT_MS) throw setupError('EndpointTimedOut', `endpoint ${endpoint} not InService within ${ENDPOINT_WAIT_MS / 60_000} min`);
  }
}

export const mlEndpointSetup: LabSetup = {
  async apply(ctx) {
    const names = await referenceNames(ctx);
    if (!names) return;
    const sm = ctx.clients.get(sageMakerClient);
    const roleArn = `arn:aws:iam::${names.account}:role/${names.roleName}`;
    const archive = sourceDirArchive();
    await ctx.clients.get(s3Client).send(new PutObjectCommand({ Bucket: names.bucket, Key: CODE_KEY, Body: archive, ContentType: 'application/gzip' }));
    ctx.emit({ kind: 'seeded', bucket: names.bucket, key: CODE_KEY, bytes: archive.length });
    const artifact = await waitForTraining(sm, ctx, await startTraining(sm, names, roleArn));
    await removeServing(sm, names);
    await createServing(sm, names, roleArn, artifact);
    await waitInService(sm, ctx, names.endpoint);
    const started = Date.now();
    const prediction = await predict(ctx.clients.get(sageMakerRuntimeClient), names.endpoint, `${SAMPLE_TRIP}\n`);
    ctx.emit({ kind: 'sagemaker-prediction', endpoint: names.endpoint, request: SAMPLE_TRIP, prediction, afterMs: Date.now() - started });
  },
  async remove(ctx) {
    const names = await referenceNames(ctx);
    if (!names) return;
    await removeServing(ctx.clients.get(sageMakerClient), names);
    ctx.emit({ kind: 'sagemaker-endpoint-removed', endpoint: names.endpoint });
  },
};
