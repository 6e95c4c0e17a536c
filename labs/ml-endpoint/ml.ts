import { fail } from '../../checker/core/define.ts';
import type { CheckContext, Outcome } from '../../checker/core/types.ts';
import type { EndpointConfigInfo, EndpointInfo, ModelInfo, TrainingJobInfo } from '../../checker/services/sagemaker/types.ts';
import { splitS3Url } from '../glue-catalog/catalog.ts';
import { findRole, type GradedRole } from '../shared/ec2-role.ts';
import { namedLike, namedLikeLesson } from '../shared/lesson-names.ts';

/**
 * What the ml-endpoint lab grades, and how it finds it: the SageMaker execution role the lesson
 * names (`TaxisSageMakerRole`, or `TaxisSageMakerRole-<suffix>` in a shared account), the data-lake
 * bucket of the s3-bucket lab (processed/ written by glue-catalog, models/ for SageMaker), the
 * newest training job named `taxis-fare-…`, and the model, endpoint configuration and endpoint
 * the lesson names.
 */

export const ROLE_NAME = 'TaxisSageMakerRole';
export const SAGEMAKER_SERVICE = 'sagemaker.amazonaws.com';
export const PROCESSED_PREFIX = 'processed/';
/** The training data: the Parquet the glue-catalog job writes. */
export const TRAINING_DATA_PREFIX = 'processed/trips/';
/** Where SageMaker writes model artifacts, and where the lesson uploads the training code. */
export const MODEL_PREFIX = 'models/';
export const CODE_KEY = 'models/code/sourcedir.tar.gz';
export const JOB_PREFIX = 'taxis-fare';
export const MODEL_NAME = 'taxis-fare-model';
export const CONFIG_NAME = 'taxis-fare-config';
export const ENDPOINT_NAME = 'taxis-fare-endpoint';
/** The instance types the lesson names for a real-time endpoint (the smallest general-purpose ones); serverless is accepted too. */
export const ENDPOINT_INSTANCE_TYPES = ['ml.t2.medium', 'ml.m5.large'] as const;
/** The scikit-learn framework images' ECR repository (the account differs per region). */
export const SKLEARN_REPOSITORY = 'sagemaker-scikit-learn';
/** The image the lesson uses in us-east-1 (scikit-learn 1.4, the newest framework version SageMaker publishes). */
export const SKLEARN_IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.4-2-cpu-py3';
/** The trip features the model takes, in the order a CSV request gives them. */
export const FEATURES = ['trip_distance', 'trip_minutes', 'pickup_hour', 'passenger_count'] as const;
/** The sample trip the lesson sends to the endpoint: 3.2 miles, 14 minutes, picked up at 18:00, one passenger. */
export const SAMPLE_TRIP = '3.2,14,18,1';

const ROLE_SPEC = { name: ROLE_NAME, existsCheck: 'sagemaker_role_trusts_sagemaker_only' };

export async function withSageMakerRole(ctx: CheckContext, judge: (role: GradedRole) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findRole(ctx, ROLE_SPEC);
  if (graded) return judge(graded);
  return fail(
    { es: `No hay ningún rol llamado ${ROLE_NAME} (ni ${ROLE_NAME}-…).`, en: `There is no role named ${ROLE_NAME} (nor ${ROLE_NAME}-…).` },
    { lookedFor: { name: ROLE_NAME, orPrefix: `${ROLE_NAME}-` }, rolesSeen: seen },
  );
}

export interface GradedJob extends TrainingJobInfo {
  /** Other `taxis-fare…` jobs, newest first (names only). */
  others: string[];
}

/** The newest training job named `taxis-fare…` (every run needs a new name, so the lesson adds a date). */
export function findTrainingJob(ctx: CheckContext): Promise<{ graded?: GradedJob; seen: string[] }> {
  return ctx.derive('ml-endpoint:training-job', async () => {
    const jobs = (await ctx.sagemaker.listTrainingJobs()).filter((j) => j.name.startsWith(JOB_PREFIX));
    const [newest, ...rest] = [...jobs].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    const described = newest && (await ctx.sagemaker.trainingJob(newest.name));
    return { graded: described && { ...described, others: rest.map((j) => j.name).slice(0, 20) }, seen: jobs.map((j) => j.name).slice(0, 20) };
  });
}

export async function withTrainingJob(ctx: CheckContext, judge: (job: GradedJob) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findTrainingJob(ctx);
  if (graded) return judge(graded);
  return fail(
    { es: `No hay ningún trabajo de entrenamiento cuyo nombre empiece por ${JOB_PREFIX} en la región ${ctx.settings.region}.`, en: `There is no training job whose name starts with ${JOB_PREFIX} in region ${ctx.settings.region}.` },
    { lookedFor: { namePrefix: JOB_PREFIX }, trainingJobsSeen: seen },
  );
}

/** The model the lesson names (or a suffixed one), best match first. */
export function findModel(ctx: CheckContext): Promise<{ graded?: ModelInfo & { others: string[] }; seen: string[] }> {
  return ctx.derive('ml-endpoint:model', async () => {
    const models = await ctx.sagemaker.listModels();
    const [graded, ...rest] = namedLikeLesson(models, MODEL_NAME);
    return { graded: graded && { ...graded, others: rest.map((m) => m.name) }, seen: models.map((m) => m.name).slice(0, 50) };
  });
}

export function findEndpointConfig(ctx: CheckContext): Promise<{ graded?: EndpointConfigInfo & { others: string[] }; seen: string[] }> {
  return ctx.derive('ml-endpoint:endpoint-config', async () => {
    const configs = await ctx.sagemaker.listEndpointConfigs();
    const [best, ...rest] = namedLikeLesson(configs, CONFIG_NAME);
    const graded = best && (await ctx.sagemaker.endpointConfig(best.name));
    return { graded: graded && { ...graded, others: rest.map((c) => c.name) }, seen: configs.map((c) => c.name).slice(0, 50) };
  });
}

export function findEndpoint(ctx: CheckContext): Promise<{ graded?: EndpointInfo & { others: string[] }; seen: string[] }> {
  return ctx.derive('ml-endpoint:endpoint', async () => {
    const endpoints = await ctx.sagemaker.listEndpoints();
    const [best, ...rest] = namedLikeLesson(endpoints, ENDPOINT_NAME);
    const graded = best && (await ctx.sagemaker.endpoint(best.name));
    return { graded: graded && { ...graded, others: rest.map((e) => e.name) }, seen: endpoints.map((e) => e.name).slice(0, 50) };
  });
}

/** Whether an image is one of SageMaker's scikit-learn framework images (any region, any version). */
export function isSklearnImage(image: string | undefined): boolean {
  const repository = (image ?? '').split('/').pop()?.split(/[:@]/)[0];
  return repository === SKLEARN_REPOSITORY;
}

/** Whether an S3 URL is `prefix` of `bucket` or under it. */
export function inPrefix(url: string | undefined, bucket: string, prefix: string): boolean {
  const parts = splitS3Url(url);
  if (!parts || parts.bucket !== bucket) return false;
  const key = parts.key.endsWith('/') || parts.key === '' ? parts.key : `${parts.key}/`;
  return key.startsWith(prefix);
}

export { namedLike };

/** SageMaker's own text as the end of a sentence (messages end with a period). */
export const closed = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
