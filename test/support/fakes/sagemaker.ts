import type { EndpointConfigInfo, EndpointInfo, ModelInfo, SageMakerReader, TrainingJobInfo } from '../../../checker/services/sagemaker/types.ts';

/** A training job described as plain data, for unit tests of SageMaker checks; unset fields get the lesson's values. */
export type TrainingJobFixture = Partial<TrainingJobInfo> & { name: string; status: string };
export type ModelFixture = Partial<ModelInfo> & { name: string };
export type EndpointConfigFixture = Partial<EndpointConfigInfo> & { name: string };
export type EndpointFixture = Partial<EndpointInfo> & { name: string; status: string };

export interface SageMakerFixture {
  accountId?: string;
  region?: string;
  trainingJobs?: TrainingJobFixture[];
  models?: ModelFixture[];
  endpointConfigs?: EndpointConfigFixture[];
  endpoints?: EndpointFixture[];
}

/** A SageMaker reader that answers from plain data; like the real reader, an unknown name is undefined. */
export function fakeSageMaker(f: SageMakerFixture): SageMakerReader {
  const account = f.accountId ?? '123456789012';
  const region = f.region ?? 'us-east-1';
  const arn = (kind: string, name: string) => `arn:aws:sagemaker:${region}:${account}:${kind}/${name.toLowerCase()}`;
  const job = (j: TrainingJobFixture): TrainingJobInfo => ({ arn: arn('training-job', j.name), roleArn: '', hyperparameterNames: [], channels: [], ...j });
  const model = (m: ModelFixture): ModelInfo => ({ arn: arn('model', m.name), environment: {}, ...m });
  const config = (c: EndpointConfigFixture): EndpointConfigInfo => ({ arn: arn('endpoint-config', c.name), variants: [], ...c });
  const endpoint = (e: EndpointFixture): EndpointInfo => ({ arn: arn('endpoint', e.name), ...e });
  return {
    listTrainingJobs: async () => (f.trainingJobs ?? []).map(({ name, status, createdAt }) => ({ name, status, createdAt })),
    trainingJob: async (name) => (f.trainingJobs ?? []).filter((j) => j.name === name).map(job)[0],
    listModels: async () => (f.models ?? []).map(model),
    listEndpointConfigs: async () => (f.endpointConfigs ?? []).map(({ name, createdAt }) => ({ name, createdAt })),
    endpointConfig: async (name) => (f.endpointConfigs ?? []).filter((c) => c.name === name).map(config)[0],
    listEndpoints: async () => (f.endpoints ?? []).map(({ name, status, createdAt }) => ({ name, status, createdAt })),
    endpoint: async (name) => (f.endpoints ?? []).filter((e) => e.name === name).map(endpoint)[0],
  };
}
