import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeTrainingJobCommand,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListModels,
  paginateListTrainingJobs,
  SageMakerClient,
  type ContainerDefinition,
} from '@aws-sdk/client-sagemaker';
import { errorCode } from '../../aws/errors.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { EndpointConfigInfo, EndpointInfo, ModelInfo, SageMakerReader, TrainingJobInfo, TrainingJobSummary } from './types.ts';

export const sageMakerClient = defineClient('SageMaker', (config) => new SageMakerClient(config));

const iso = (d: Date | undefined) => d?.toISOString();

/** SageMaker answers a missing job, model, config or endpoint with ValidationException "Could not find …". */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (['ValidationException', 'ValidationError', 'ResourceNotFound'].includes(errorCode(error))) return undefined;
    throw error;
  }
}

/** The SageMaker Python SDK JSON-encodes hyperparameter values ('"train.py"'); plain values are read as they are. */
function decoded(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

function primary(containers: ContainerDefinition | undefined, list: ContainerDefinition[] | undefined): ContainerDefinition {
  return containers ?? list?.[0] ?? {};
}

export function createSageMakerReader({ memo, client: clientOf }: ReaderDeps): SageMakerReader {
  const client = () => clientOf(sageMakerClient);

  const describeModel = (name: string) =>
    memo(`sagemaker:DescribeModel:${name}`, () =>
      unlessMissing(async (): Promise<ModelInfo> => {
        const out = await client().send(new DescribeModelCommand({ ModelName: name }));
        const container = primary(out.PrimaryContainer, out.Containers);
        return {
          name: out.ModelName ?? name,
          arn: out.ModelArn ?? '',
          executionRoleArn: out.ExecutionRoleArn,
          image: container.Image,
          modelDataUrl: container.ModelDataUrl ?? container.ModelDataSource?.S3DataSource?.S3Uri,
          environment: container.Environment ?? {},
          createdAt: iso(out.CreationTime),
        };
      }));

  return {
    listTrainingJobs: () =>
      memo('sagemaker:ListTrainingJobs', async () => {
        const jobs: TrainingJobSummary[] = [];
        for await (const page of paginateListTrainingJobs({ client: client() }, {})) {
          for (const j of page.TrainingJobSummaries ?? []) jobs.push({ name: j.TrainingJobName ?? '', status: j.TrainingJobStatus ?? '', createdAt: iso(j.CreationTime) });
        }
        return jobs;
      }),

    trainingJob: (name) =>
      memo(`sagemaker:DescribeTrainingJob:${name}`, () =>
        unlessMissing(async (): Promise<TrainingJobInfo> => {
          const j = await client().send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
          const hyperparameters = j.HyperParameters ?? {};
          return {
            name: j.TrainingJobName ?? name,
            arn: j.TrainingJobArn ?? '',
            status: j.TrainingJobStatus ?? '',
            secondaryStatus: j.SecondaryStatus,
            failureReason: j.FailureReason,
            roleArn: j.RoleArn ?? '',
            image: j.AlgorithmSpecification?.TrainingImage,
            program: decoded(hyperparameters.sagemaker_program),
            submitDirectory: decoded(hyperparameters.sagemaker_submit_directory),
            hyperparameterNames: Object.keys(hyperparameters),
            channels: (j.InputDataConfig ?? []).map((c) => ({ name: c.ChannelName ?? '', s3Uri: c.DataSource?.S3DataSource?.S3Uri })),
            outputPath: j.OutputDataConfig?.S3OutputPath,
            modelArtifact: j.ModelArtifacts?.S3ModelArtifacts,
            instanceType: j.ResourceConfig?.InstanceType,
            maxRuntimeSeconds: j.StoppingCondition?.MaxRuntimeInSeconds,
            trainingSeconds: j.TrainingTimeInSeconds,
            createdAt: iso(j.CreationTime),
            endedAt: iso(j.TrainingEndTime),
          };
        })),

    listModels: () =>
      memo('sagemaker:ListModels', async () => {
        const names: string[] = [];
        for await (const page of paginateListModels({ client: client() }, {})) names.push(...(page.Models ?? []).map((m) => m.ModelName ?? ''));
        const models = await Promise.all(names.map(describeModel));
        return models.filter((m): m is ModelInfo => m !== undefined);
      }),

    listEndpointConfigs: () =>
      memo('sagemaker:ListEndpointConfigs', async () => {
        const configs: { name: string; createdAt?: string }[] = [];
        for await (const page of paginateListEndpointConfigs({ client: client() }, {})) {
          configs.push(...(page.EndpointConfigs ?? []).map((c) => ({ name: c.EndpointConfigName ?? '', createdAt: iso(c.CreationTime) })));
        }
        return configs;
      }),

    endpointConfig: (name) =>
      memo(`sagemaker:DescribeEndpointConfig:${name}`, () =>
        unlessMissing(async (): Promise<EndpointConfigInfo> => {
          const out = await client().send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }));
          return {
            name: out.EndpointConfigName ?? name,
            arn: out.EndpointConfigArn ?? '',
            variants: (out.ProductionVariants ?? []).map((v) => ({
              variantName: v.VariantName ?? '',
              modelName: v.ModelName ?? '',
              instanceType: v.InstanceType,
              instanceCount: v.InitialInstanceCount,
              serverless: v.ServerlessConfig && { memorySizeMb: v.ServerlessConfig.MemorySizeInMB, maxConcurrency: v.ServerlessConfig.MaxConcurrency },
            })),
            createdAt: iso(out.CreationTime),
          };
        })),

    listEndpoints: () =>
      memo('sagemaker:ListEndpoints', async () => {
        const endpoints: { name: string; status: string; createdAt?: string }[] = [];
        for await (const page of paginateListEndpoints({ client: client() }, {})) {
          endpoints.push(...(page.Endpoints ?? []).map((e) => ({ name: e.EndpointName ?? '', status: e.EndpointStatus ?? '', createdAt: iso(e.CreationTime) })));
        }
        return endpoints;
      }),

    endpoint: (name) =>
      memo(`sagemaker:DescribeEndpoint:${name}`, () =>
        unlessMissing(async (): Promise<EndpointInfo> => {
          const out = await client().send(new DescribeEndpointCommand({ EndpointName: name }));
          return {
            name: out.EndpointName ?? name,
            arn: out.EndpointArn ?? '',
            configName: out.EndpointConfigName,
            status: out.EndpointStatus ?? '',
            failureReason: out.FailureReason,
            createdAt: iso(out.CreationTime),
            lastModifiedAt: iso(out.LastModifiedTime),
          };
        })),
  };
}
