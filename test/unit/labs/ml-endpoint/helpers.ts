import type { PolicyStatement } from '../../../../checker/aws/policy.ts';
import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import { SKLEARN_IMAGE } from '../../../../labs/ml-endpoint/ml.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';
import { fakeSageMaker, type EndpointConfigFixture, type EndpointFixture, type ModelFixture, type TrainingJobFixture } from '../../../support/fakes/sagemaker.ts';

export { S3_FULL_ACCESS } from '../../../support/fakes/iam-policies.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const ROLE = 'TaxisSageMakerRole';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
export const JOB = 'taxis-fare-20261130-101500';
export const ARTIFACT_KEY = `models/${JOB}/output/model.tar.gz`;
export const ARTIFACT = `s3://${BUCKET}/${ARTIFACT_KEY}`;

export const SAGEMAKER_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** The lesson's inline policy, or one made of `statements`. */
export function accessPolicy(statements = accessStatements()): AttachedPolicy {
  return { name: 'TaxisSageMakerAccess', kind: 'inline', document: { Version: '2012-10-17', Statement: statements } };
}

/** The lesson's statements (its S3 ones; logs, metrics and ECR do not touch S3). */
export function accessStatements(): PolicyStatement[] {
  return [
    { Sid: 'ListDataAndModels', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN, Condition: { StringLike: { 's3:prefix': ['processed/*', 'models/*'] } } },
    { Sid: 'ReadProcessed', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/processed/*` },
    { Sid: 'ReadWriteModels', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET_ARN}/models/*` },
    { Sid: 'PullImage', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage'], Resource: '*' },
  ];
}

/** An account after the lab's reference solution, with each graded piece at hand for a test to change. */
export interface MlAccount {
  bucket: BucketFixture;
  role: RoleFixture;
  jobs: TrainingJobFixture[];
  models: ModelFixture[];
  configs: EndpointConfigFixture[];
  endpoints: EndpointFixture[];
}

export function referenceAccount(): MlAccount {
  return {
    bucket: {
      name: BUCKET,
      region: REGION,
      createdAt: '2026-11-30T09:00:00.000Z',
      objects: { 'raw/taxi-sample.csv': 'VendorID\n', 'models/code/sourcedir.tar.gz': 'archive', [ARTIFACT_KEY]: 'model bytes' },
    },
    role: { name: ROLE, createdAt: '2026-11-30T10:00:00.000Z', trustPolicy: SAGEMAKER_TRUST, policies: [accessPolicy()] },
    jobs: [{
      name: JOB, status: 'Completed', createdAt: '2026-11-30T10:15:00.000Z', roleArn: ROLE_ARN, image: SKLEARN_IMAGE,
      program: 'train.py', submitDirectory: `s3://${BUCKET}/models/code/sourcedir.tar.gz`, hyperparameterNames: ['sagemaker_program', 'sagemaker_submit_directory', 'n-estimators'],
      channels: [{ name: 'train', s3Uri: `s3://${BUCKET}/processed/trips/` }], outputPath: `s3://${BUCKET}/models/`, modelArtifact: ARTIFACT,
    }],
    models: [{ name: 'taxis-fare-model', executionRoleArn: ROLE_ARN, image: SKLEARN_IMAGE, modelDataUrl: ARTIFACT, environment: { SAGEMAKER_PROGRAM: 'train.py' }, createdAt: '2026-11-30T10:20:00.000Z' }],
    configs: [{ name: 'taxis-fare-config', variants: [{ variantName: 'AllTraffic', modelName: 'taxis-fare-model', instanceType: 'ml.m5.large', instanceCount: 1 }], createdAt: '2026-11-30T10:21:00.000Z' }],
    endpoints: [{ name: 'taxis-fare-endpoint', status: 'InService', configName: 'taxis-fare-config', createdAt: '2026-11-30T10:22:00.000Z' }],
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: MlAccount) => void = () => {}): Promise<Outcome> {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      s3: fakeS3({ buckets: [a.bucket] }),
      iam: fakeIam({ accountId: ACCOUNT, roles: [a.role] }),
      sagemaker: fakeSageMaker({ accountId: ACCOUNT, region: REGION, trainingJobs: a.jobs, models: a.models, endpointConfigs: a.configs, endpoints: a.endpoints }),
    },
    { region: REGION },
  );
  return check.run(ctx);
}
