import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { WorkGroupInfo } from '../../checker/services/athena/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the athena-queries lab grades, and how it finds it: the workgroup the lesson names
 * (`taxis`, or `taxis-<suffix>` in a shared account), the results bucket it writes to, the table
 * over processed/ in the `taxis` database, and the queries run in that workgroup.
 */

export const WORKGROUP_NAME = 'taxis';
/** The glue-catalog lab's database: `taxis`, or `taxis_<suffix>` in a shared account (its reference: `taxis_<learner>`). */
export const DATABASE = 'taxis';
export const TABLE_NAME = 'taxi_trips';
export const RESULTS_BUCKET_PREFIX = 'taxis-athena-results-';
/** The data lake's bucket (lab s3-bucket): results must never land in it. */
export const DATA_LAKE_PREFIX = 'taxis-datalake-';
export const PROCESSED_PREFIX = 'processed/';
/** Result encryption options Athena offers; any of them keeps the results encrypted at rest. */
export const ENCRYPTION_OPTIONS = ['SSE_S3', 'SSE_KMS', 'CSE_KMS'];

/**
 * The question the lesson asks of the cleaned trips: how much a fare is on average, by payment
 * type. The reference runs exactly this text; the lesson shows the rows the emulator returns.
 */
export const LESSON_QUERY = [
  'SELECT payment_type,',
  '       count(*) AS trips,',
  '       round(avg(fare_amount), 2) AS avg_fare,',
  '       round(avg(tip_amount), 2) AS avg_tip',
  `FROM ${TABLE_NAME}`,
  'GROUP BY payment_type',
  'ORDER BY payment_type',
].join('\n');

export interface GradedWorkGroup extends WorkGroupInfo {
  /** Other workgroups named like the lesson, not graded. */
  others: string[];
}

/** The workgroup the lab grades: `taxis` first, else the newest `taxis-…`. */
export function findWorkGroup(ctx: CheckContext): Promise<{ graded?: GradedWorkGroup; seen: string[] }> {
  return ctx.derive('athena-queries:workgroup', async () => {
    const groups = await ctx.athena.listWorkGroups();
    const [best, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(groups, WORKGROUP_NAME), (g) => [g.name], (g) => isReferenceWorkGroup(ctx, g.name));
    const info = best && (await ctx.athena.workGroup(best.name));
    return { graded: info && { ...info, others: rest.map((g) => g.name) }, seen: groups.map((g) => g.name).slice(0, 50) };
  });
}

/** Whether `nubelab deploy` created the workgroup (it carries the deployment's owner tags). */
export function isReferenceWorkGroup(ctx: CheckContext, name: string): Promise<boolean> {
  return ctx.derive(`athena:reference:${name}`, async () => hasOwnerTags(await ctx.athena.workGroupTags(name)));
}

/** The lab's header entry: the graded workgroup, marked when it is the reference solution. */
export async function gradedWorkGroup(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findWorkGroup(ctx);
  return gradedEntry(KIND.workGroup, graded, () => isReferenceWorkGroup(ctx, graded!.name));
}

export async function withWorkGroup(ctx: CheckContext, judge: (group: GradedWorkGroup) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findWorkGroup(ctx);
  if (graded) return judge(graded);
  const misses = nearMisses(WORKGROUP_NAME, seen);
  return fail(
    withSentence({
      es: `No hay ningún grupo de trabajo de Athena llamado ${WORKGROUP_NAME} (ni ${WORKGROUP_NAME}-…) en la región ${ctx.settings.region}.`,
      en: `There is no Athena workgroup named ${WORKGROUP_NAME} (nor ${WORKGROUP_NAME}-…) in region ${ctx.settings.region}.`,
    }, didYouMean(misses)),
    { lookedFor: { name: WORKGROUP_NAME, orPrefix: `${WORKGROUP_NAME}-`, region: ctx.settings.region }, workGroupsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Whether a database name is the taxi database, as the glue-catalog lab finds it (`taxis`, `taxis_…`, `taxis-…`). */
export const isTaxisDatabase = (name: string | undefined) =>
  !!name && (name.toLowerCase() === DATABASE || name.toLowerCase().startsWith(`${DATABASE}_`) || name.toLowerCase().startsWith(`${DATABASE}-`));

/** The database the reference's glue-catalog stack creates for a learner. */
export const referenceDatabase = (learner: string) => `${DATABASE}_${learner.replace(/-/g, '_')}`;

/** `s3://bucket/some/prefix/` → bucket and prefix; undefined for anything that is not an S3 URI. */
export function parseS3Uri(uri: string): { bucket: string; prefix: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1]!, prefix: match[2]! } : undefined;
}

/**
 * The cleaned trips' columns as the glue-catalog job writes them to processed/trips/ (Parquet),
 * with the Athena types that read them; the table check requires these.
 */
export const PROCESSED_COLUMNS: readonly { name: string; type: string }[] = [
  { name: 'vendorid', type: 'bigint' },
  { name: 'tpep_pickup_datetime', type: 'timestamp' },
  { name: 'tpep_dropoff_datetime', type: 'timestamp' },
  { name: 'passenger_count', type: 'bigint' },
  { name: 'trip_distance', type: 'double' },
  { name: 'pulocationid', type: 'bigint' },
  { name: 'dolocationid', type: 'bigint' },
  { name: 'payment_type', type: 'bigint' },
  { name: 'fare_amount', type: 'double' },
  { name: 'tip_amount', type: 'double' },
  { name: 'total_amount', type: 'double' },
];
/** The columns the lesson's query reads: the table must have them, numeric. */
export const QUERY_COLUMNS = ['payment_type', 'fare_amount', 'tip_amount'];
export const PROCESSED_FOLDER = `${PROCESSED_PREFIX}trips/`;

/** The lesson's CREATE EXTERNAL TABLE over the data lake's processed trips. */
export function tableDdl(dataLakeBucket: string): string {
  return [
    `CREATE EXTERNAL TABLE IF NOT EXISTS ${TABLE_NAME} (`,
    PROCESSED_COLUMNS.map((c) => `  ${c.name} ${c.type}`).join(',\n'),
    ')',
    'STORED AS PARQUET',
    `LOCATION 's3://${dataLakeBucket}/${PROCESSED_FOLDER}'`,
  ].join('\n');
}
