/** Plain data the SageMaker reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface TrainingJobSummary {
  name: string;
  /** InProgress, Completed, Failed, Stopping, Stopped, Deleting. */
  status: string;
  /** ISO 8601. */
  createdAt?: string;
}

export interface TrainingChannel {
  name: string;
  /** The channel's S3 data source, `s3://bucket/prefix/`. */
  s3Uri?: string;
}

export interface TrainingJobInfo extends TrainingJobSummary {
  arn: string;
  secondaryStatus?: string;
  failureReason?: string;
  roleArn: string;
  image?: string;
  /** Script mode's entry point and source (the `sagemaker_program` / `sagemaker_submit_directory` hyperparameters, decoded). */
  program?: string;
  submitDirectory?: string;
  /** Every hyperparameter name (values stay out of evidence: they are the learner's). */
  hyperparameterNames: string[];
  channels: TrainingChannel[];
  outputPath?: string;
  /** `<S3OutputPath>/<job>/output/model.tar.gz` once the job has uploaded it. */
  modelArtifact?: string;
  instanceType?: string;
  maxRuntimeSeconds?: number;
  trainingSeconds?: number;
  endedAt?: string;
}

export interface ModelInfo {
  name: string;
  arn: string;
  executionRoleArn?: string;
  /** The primary container (or the first of `Containers`). */
  image?: string;
  modelDataUrl?: string;
  /** The container's environment (SAGEMAKER_PROGRAM, SAGEMAKER_SUBMIT_DIRECTORY…). */
  environment: Readonly<Record<string, string>>;
  createdAt?: string;
}

export interface ProductionVariantInfo {
  variantName: string;
  modelName: string;
  instanceType?: string;
  instanceCount?: number;
  /** Set for a serverless variant instead of an instance type. */
  serverless?: { memorySizeMb?: number; maxConcurrency?: number };
}

export interface EndpointConfigInfo {
  name: string;
  arn: string;
  variants: ProductionVariantInfo[];
  createdAt?: string;
}

export interface EndpointInfo {
  name: string;
  arn: string;
  configName?: string;
  /** Creating, InService, Updating, Failed, Deleting, OutOfService… */
  status: string;
  failureReason?: string;
  createdAt?: string;
  lastModifiedAt?: string;
}

export interface SageMakerReader {
  listTrainingJobs(): Promise<TrainingJobSummary[]>;
  /** undefined when there is no such job. */
  trainingJob(name: string): Promise<TrainingJobInfo | undefined>;
  /** Every model, described (ListModels gives names; DescribeModel the containers). */
  listModels(): Promise<ModelInfo[]>;
  listEndpointConfigs(): Promise<{ name: string; createdAt?: string }[]>;
  endpointConfig(name: string): Promise<EndpointConfigInfo | undefined>;
  listEndpoints(): Promise<{ name: string; status: string; createdAt?: string }[]>;
  endpoint(name: string): Promise<EndpointInfo | undefined>;
}
