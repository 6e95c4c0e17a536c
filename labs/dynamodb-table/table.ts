import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { KeyPart, TableInfo } from '../../checker/services/dynamodb/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the dynamodb-table lab grades, and how it finds it: the lesson's trips table
 * (`taxi-trips`, or `taxi-trips-<suffix>` in a shared account), with the keys the lesson designs.
 */

export const TABLE_NAME = 'taxi-trips';
export const PARTITION_KEY = { name: 'pickup_zone', type: 'N' } as const;
export const SORT_KEY = { name: 'trip_key', type: 'S' } as const;
export const GSI_NAME = 'by-dropoff-zone';
export const GSI_PARTITION_KEY = { name: 'dropoff_zone', type: 'N' } as const;

export interface GradedTable extends TableInfo {
  /** Other tables named like the lesson, not graded. */
  others: string[];
}

/** `pickup_zone (N, partition) + trip_key (S, sort)`: how the evidence and messages show a key schema. */
export function describeKeys(keys: readonly KeyPart[], types: Readonly<Record<string, string>>): string {
  return keys.map((k) => `${k.name} (${types[k.name] ?? '?'}, ${k.keyType === 'HASH' ? 'partition' : 'sort'})`).join(' + ') || '(none)';
}

/** Whether `keys` are exactly `partition` (HASH) then `sort` (RANGE), with those types. */
export function keysMatch(keys: readonly KeyPart[], types: Readonly<Record<string, string>>, partition: { name: string; type: string }, sort: { name: string; type: string }): boolean {
  const hash = keys.find((k) => k.keyType === 'HASH');
  const range = keys.find((k) => k.keyType === 'RANGE');
  return keys.length === 2 && hash?.name === partition.name && types[partition.name] === partition.type && range?.name === sort.name && types[sort.name] === sort.type;
}

/** The table the lab grades: the exact name first, else the newest `taxi-trips-…`. */
export function findTable(ctx: CheckContext): Promise<{ graded?: GradedTable; seen: string[] }> {
  return ctx.derive('dynamodb-table:table', async () => {
    const names = await ctx.dynamodb.listTables();
    const candidates = namedLikeLesson(names.map((name) => ({ name })), TABLE_NAME);
    const described = (await Promise.all(candidates.map((c) => ctx.dynamodb.describeTable(c.name)))).filter((t): t is TableInfo => !!t);
    const ordered = namedLikeLesson(described, TABLE_NAME);
    const [graded, ...rest] = await applyGraderChoice(ctx, ordered, (t) => [t.name, t.arn], (t) => isReferenceTable(ctx, t.arn));
    return { graded: graded && { ...graded, others: rest.map((t) => t.name) }, seen: names.slice(0, 50) };
  });
}

/** Whether `nubelab deploy` created the table (it carries the deployment's owner tags). */
export function isReferenceTable(ctx: CheckContext, arn: string): Promise<boolean> {
  return ctx.derive(`dynamodb:reference:${arn}`, async () => hasOwnerTags(await ctx.dynamodb.tableTags(arn)));
}

export async function gradedTable(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findTable(ctx);
  return gradedEntry(KIND.table, graded, () => isReferenceTable(ctx, graded!.arn));
}

function noTable(seen: string[]): Outcome {
  const misses = nearMisses(TABLE_NAME, seen);
  return fail(
    withSentence(
      { es: `No hay ninguna tabla de DynamoDB llamada ${TABLE_NAME} (ni ${TABLE_NAME}-…) en esta región.`, en: `There is no DynamoDB table named ${TABLE_NAME} (nor ${TABLE_NAME}-…) in this region.` },
      didYouMean(misses),
    ),
    { lookedFor: { name: TABLE_NAME, orPrefix: `${TABLE_NAME}-` }, tablesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

export async function withTable(ctx: CheckContext, judge: (table: GradedTable) => Promise<Outcome> | Outcome): Promise<Outcome> {
  const { graded, seen } = await findTable(ctx);
  return graded ? judge(graded) : noTable(seen);
}
