import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { CrawlerInfo, DatabaseInfo, JobInfo } from '../../checker/services/glue/types.ts';
import { findBucket, noBucketFound, type GradedBucket } from '../s3-bucket/bucket.ts';
import { findRole, isReferenceRole, type GradedRole } from '../shared/ec2-role.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the glue-catalog lab grades, and how it finds it: the Glue service role the lesson names
 * (`TaxisGlueServiceRole`, or `TaxisGlueServiceRole-<suffix>` in a shared account), the data-lake
 * bucket of the s3-bucket lab, the `taxis` database, and the `taxis-raw-to-parquet` job.
 */

export const ROLE_NAME = 'TaxisGlueServiceRole';
export const DATABASE_NAME = 'taxis';
export const JOB_NAME = 'taxis-raw-to-parquet';
export const RAW_PREFIX = 'raw/';
export const PROCESSED_PREFIX = 'processed/';
export const GLUE_SERVICE = 'glue.amazonaws.com';
/** AWS's managed policy for Glue's own work (logs, the catalog, network interfaces); path service-role/. */
export const GLUE_SERVICE_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole';

const ROLE_SPEC = { name: ROLE_NAME, existsCheck: 'glue_role_trusts_glue_only' };

export function findGlueRole(ctx: CheckContext) {
  return findRole(ctx, ROLE_SPEC);
}

export function noGlueRole(seen: string[]): Outcome {
  const misses = nearMisses(ROLE_NAME, seen);
  return fail(
    withSentence({ es: `No hay ningún rol llamado ${ROLE_NAME} (ni ${ROLE_NAME}-…).`, en: `There is no role named ${ROLE_NAME} (nor ${ROLE_NAME}-…).` }, didYouMean(misses)),
    { lookedFor: { name: ROLE_NAME, orPrefix: `${ROLE_NAME}-` }, rolesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

export async function withGlueRole(ctx: CheckContext, judge: (role: GradedRole) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findGlueRole(ctx);
  return graded ? judge(graded) : noGlueRole(seen);
}

export async function withDataLake(ctx: CheckContext, judge: (bucket: GradedBucket) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findBucket(ctx);
  return graded ? judge(graded) : noBucketFound(ctx, seen);
}

/** Glue stores a role as given: a name (`TaxisGlueServiceRole`) or an ARN, with or without a path. */
export function isRole(stored: string, role: GradedRole): boolean {
  return stored === role.arn || stored === role.name || stored.endsWith(`:role/${role.name}`) || stored.endsWith(`/${role.name}`);
}

/** `taxis` itself, or `taxis_<suffix>` / `taxis-<suffix>` in a shared account: the exact name first, else the newest. */
export function findDatabase(ctx: CheckContext): Promise<{ graded?: DatabaseInfo & { others: string[] }; seen: string[] }> {
  return ctx.derive('glue-catalog:database', async () => {
    const databases = await ctx.glue.listDatabases();
    const matching = databases
      .filter((d) => d.name === DATABASE_NAME || d.name.startsWith(`${DATABASE_NAME}_`) || d.name.startsWith(`${DATABASE_NAME}-`))
      .sort((a, b) => Number(b.name === DATABASE_NAME) - Number(a.name === DATABASE_NAME) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    const [graded, ...rest] = await applyGraderChoice(ctx, matching, (d) => [d.name], (d) => isReferenceGlue(ctx, 'database', d.name));
    return { graded: graded && { ...graded, others: rest.map((d) => d.name) }, seen: databases.map((d) => d.name).slice(0, 50) };
  });
}

export async function withDatabase(ctx: CheckContext, judge: (db: DatabaseInfo & { others: string[] }) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findDatabase(ctx);
  if (graded) return judge(graded);
  const misses = nearMisses(DATABASE_NAME, seen.filter((n) => !n.toLowerCase().startsWith(DATABASE_NAME)));
  return fail(
    withSentence({
      es: `No hay ninguna base de datos ${DATABASE_NAME} (ni ${DATABASE_NAME}_…) en el catálogo de datos de Glue de la región ${ctx.settings.region}.`,
      en: `There is no ${DATABASE_NAME} database (nor ${DATABASE_NAME}_…) in the Glue Data Catalog of region ${ctx.settings.region}.`,
    }, didYouMean(misses)),
    { lookedFor: { name: DATABASE_NAME, orPrefix: `${DATABASE_NAME}_` }, databasesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

export interface GradedJob extends JobInfo {
  others: string[];
}

/** The job the lab grades: the exact name first, else the newest `taxis-raw-to-parquet-…`. */
export function findJob(ctx: CheckContext): Promise<{ graded?: GradedJob; seen: string[] }> {
  return ctx.derive('glue-catalog:job', async () => {
    const jobs = await ctx.glue.listJobs();
    const [graded, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(jobs.map((j) => ({ ...j, createdAt: j.createdAt })), JOB_NAME), (j) => [j.name], (j) => isReferenceGlue(ctx, 'job', j.name));
    return { graded: graded && { ...graded, others: rest.map((j) => j.name) }, seen: jobs.map((j) => j.name).slice(0, 50) };
  });
}

export async function withJob(ctx: CheckContext, judge: (job: GradedJob) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findJob(ctx);
  if (graded) return judge(graded);
  const misses = nearMisses(JOB_NAME, seen);
  return fail(
    withSentence({ es: `No hay ningún job de Glue llamado ${JOB_NAME} (ni ${JOB_NAME}-…) en esta región.`, en: `There is no Glue job named ${JOB_NAME} (nor ${JOB_NAME}-…) in this region.` }, didYouMean(misses)),
    { lookedFor: { name: JOB_NAME, orPrefix: `${JOB_NAME}-` }, jobsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Whether `nubelab deploy` created the database or job (it carries the deployment's owner tags). */
export function isReferenceGlue(ctx: CheckContext, kind: 'database' | 'job', name: string): Promise<boolean> {
  return ctx.derive(`glue:reference:${kind}:${name}`, async () => hasOwnerTags(await ctx.glue.tags(kind, name)));
}

/** The lab's header entries: the graded role, database and job, each marked when it is the reference solution. */
export async function gradedCatalog(ctx: CheckContext): Promise<GradedResource[]> {
  const [{ graded: role }, { graded: database }, { graded: job }] = await Promise.all([findGlueRole(ctx), findDatabase(ctx), findJob(ctx)]);
  return [
    ...(await gradedEntry(KIND.role, role, () => isReferenceRole(ctx, role!.name))),
    ...(await gradedEntry(KIND.database, database, () => isReferenceGlue(ctx, 'database', database!.name))),
    ...(await gradedEntry(KIND.job, job, () => isReferenceGlue(ctx, 'job', job!.name))),
  ];
}

/** `s3://bucket/some/prefix/` → { bucket, key: 'some/prefix/' }; undefined for anything else. */
export function splitS3Url(url: string | undefined): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url ?? '');
  return match ? { bucket: match[1]!, key: match[2]! } : undefined;
}

/** Whether an S3 URL points at `prefix` of `bucket` or somewhere under it (`s3://b/raw`, `s3://b/raw/`, `s3://b/raw/trips/`). */
export function isUnder(url: string | undefined, bucket: string, prefix: string): boolean {
  const parts = splitS3Url(url);
  if (!parts || parts.bucket !== bucket) return false;
  const key = parts.key.endsWith('/') || parts.key === '' ? parts.key : `${parts.key}/`;
  return key.startsWith(prefix);
}

/** Glue's own error text as the end of a sentence (messages end with a period). */
export const closed = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** What a crawler's evidence shows. */
export const crawlerEvidence = (c: CrawlerInfo) => ({
  name: c.name, role: c.role, database: c.database ?? null, targets: c.s3Targets.map((t) => t.path), state: c.state ?? null,
  lastCrawl: c.lastCrawl ?? null,
});
