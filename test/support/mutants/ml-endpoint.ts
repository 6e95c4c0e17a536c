import { GetRolePolicyCommand, PutRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  CreateEndpointConfigCommand, CreateModelCommand, CreateTrainingJobCommand, DeleteEndpointCommand, DeleteEndpointConfigCommand, DeleteModelCommand,
  DescribeTrainingJobCommand, ListTrainingJobsCommand, type DescribeTrainingJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { parsePolicyDocument, statementsOf, type PolicyStatement } from '../../../checker/aws/policy.ts';
import { iamClient } from '../../../checker/services/iam/reader.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import { sageMakerClient } from '../../../checker/services/sagemaker/reader.ts';
import { splitS3Url } from '../../../labs/glue-catalog/catalog.ts';
import { JOB_PREFIX, SKLEARN_IMAGE } from '../../../labs/ml-endpoint/ml.ts';
import { tarGz } from '../../../labs/ml-endpoint/sourcedir.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the ml-endpoint lab. Shared by the lab's contract test (moto) and the
 * engine matrix (LocalStack, MiniStack), so every name comes from the account and learner given,
 * as infra/lib/ml-endpoint-stack.ts and labs/ml-endpoint/setup.ts name them.
 */
export const mlNames = ({ learner, account }: Pick<MutantContext, 'learner' | 'account'>) => ({
  bucket: `taxis-datalake-${learner}-${account}`,
  role: `TaxisSageMakerRole-${learner}`,
  roleArn: `arn:aws:iam::${account}:role/TaxisSageMakerRole-${learner}`,
  model: `taxis-fare-model-${learner}`,
  config: `taxis-fare-config-${learner}`,
  endpoint: `taxis-fare-endpoint-${learner}`,
});
/** The role's inline policy, as the reference stack names it. */
const ACCESS_POLICY = 'TaxisSageMakerAccess';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Trains `script` (packed as sourcedir.tar.gz) as job `name` with the reference's role and bucket, and waits until the job ends. */
export async function trainToEnd(ctx: MutantContext, name: string, script: string): Promise<DescribeTrainingJobCommandOutput> {
  const { bucket, roleArn } = mlNames(ctx);
  const key = `models/code/${name}.tar.gz`;
  await ctx.clients.get(s3Client).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: tarGz({ 'train.py': Buffer.from(script) }) }));
  const sm = ctx.clients.get(sageMakerClient);
  await sm.send(new CreateTrainingJobCommand({
    TrainingJobName: name, RoleArn: roleArn,
    AlgorithmSpecification: { TrainingImage: SKLEARN_IMAGE, TrainingInputMode: 'File' },
    HyperParameters: { sagemaker_program: '"train.py"', sagemaker_submit_directory: JSON.stringify(`s3://${bucket}/${key}`) },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${bucket}/processed/trips/` } } }],
    OutputDataConfig: { S3OutputPath: `s3://${bucket}/models/` },
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

export const FAILING_SCRIPT = "import pandas\nprint('reading the trips')\nraise KeyError('fare_amount')\n";

/** The role's inline policy as deployed, with `change` applied to its statements. */
async function changedAccessPolicy(ctx: MutantContext, change: (statements: PolicyStatement[]) => PolicyStatement[]): Promise<string> {
  const { PolicyDocument } = await ctx.clients.get(iamClient).send(new GetRolePolicyCommand({ RoleName: mlNames(ctx).role, PolicyName: ACCESS_POLICY }));
  const document = parsePolicyDocument(PolicyDocument ?? '{"Statement":[]}');
  return JSON.stringify({ ...document, Statement: change(statementsOf(document)) });
}

/** The newest `taxis-fare…` training job, the one the checks grade. */
async function newestTrainingJob(ctx: MutantContext): Promise<DescribeTrainingJobCommandOutput> {
  const sm = ctx.clients.get(sageMakerClient);
  const { TrainingJobSummaries = [] } = await sm.send(new ListTrainingJobsCommand({ NameContains: JOB_PREFIX, SortBy: 'CreationTime', SortOrder: 'Descending' }));
  const newest = TrainingJobSummaries.filter((j) => j.TrainingJobName?.startsWith(JOB_PREFIX))
    .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0))[0];
  if (!newest) throw new Error(`no training job named ${JOB_PREFIX}…`);
  return sm.send(new DescribeTrainingJobCommand({ TrainingJobName: newest.TrainingJobName }));
}

export const mlEndpointMutants: Record<string, Mutant> = {
  sagemaker_role_trusts_sagemaker_only: {
    name: 'EC2 may assume the execution role too',
    apply: (ctx) => ctx.clients.get(iamClient).send(new UpdateAssumeRolePolicyCommand({
      RoleName: mlNames(ctx).role,
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['sagemaker.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
    })),
  },
  sagemaker_role_data_access: {
    name: 'models/ becomes read-only',
    apply: async (ctx) => ctx.clients.get(iamClient).send(new PutRolePolicyCommand({
      RoleName: mlNames(ctx).role, PolicyName: ACCESS_POLICY,
      PolicyDocument: await changedAccessPolicy(ctx, (s) => s.map((x) => (x.Sid === 'ReadWriteModels' ? { ...x, Action: 's3:GetObject' } : x))),
    })),
  },
  sagemaker_role_s3_least_privilege: {
    name: 'an extra policy lets the role read raw/',
    apply: (ctx) => ctx.clients.get(iamClient).send(new PutRolePolicyCommand({
      RoleName: mlNames(ctx).role, PolicyName: 'ReadRaw',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${mlNames(ctx).bucket}/raw/*` }] }),
    })),
  },
  sagemaker_training_job_completed: {
    name: 'the newest training job ran a script that raises (Failed)',
    apply: (ctx) => trainToEnd(ctx, `${JOB_PREFIX}-${ctx.learner}-broken`, FAILING_SCRIPT),
  },
  sagemaker_model_artifact_stored: {
    name: "the job's model.tar.gz is deleted",
    apply: async (ctx) => {
      const job = await newestTrainingJob(ctx);
      const where = splitS3Url(job.ModelArtifacts?.S3ModelArtifacts);
      if (!where) throw new Error(`training job ${job.TrainingJobName} names no model artifact`);
      await ctx.clients.get(s3Client).send(new DeleteObjectCommand({ Bucket: where.bucket, Key: where.key }));
    },
  },
  sagemaker_model_uses_artifact: {
    name: 'the model is re-created from another artifact',
    apply: async (ctx) => {
      const sm = ctx.clients.get(sageMakerClient);
      const names = mlNames(ctx);
      await sm.send(new DeleteModelCommand({ ModelName: names.model }));
      await sm.send(new CreateModelCommand({ ModelName: names.model, ExecutionRoleArn: names.roleArn, PrimaryContainer: { Image: SKLEARN_IMAGE, ModelDataUrl: `s3://${names.bucket}/models/old/output/model.tar.gz` } }));
    },
  },
  sagemaker_endpoint_config_instance: {
    name: 'the configuration is re-created on a GPU instance',
    apply: async (ctx) => {
      const sm = ctx.clients.get(sageMakerClient);
      const names = mlNames(ctx);
      await sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: names.config }));
      await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: names.config, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: names.model, InstanceType: 'ml.p3.2xlarge', InitialInstanceCount: 1 }] }));
    },
  },
  sagemaker_endpoint_in_service: {
    name: 'the endpoint is deleted',
    apply: (ctx) => ctx.clients.get(sageMakerClient).send(new DeleteEndpointCommand({ EndpointName: mlNames(ctx).endpoint })),
  },
};
