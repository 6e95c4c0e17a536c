import { fail } from '../../checker/core/define.ts';
import type { CheckContext, Evidence, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { AliasInfo, KeyInfo } from '../../checker/services/kms/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags } from '../shared/graded.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * What the kms-key lab grades, and how it finds it: the customer managed key the lesson reaches
 * through the alias `alias/taxis-datalake` (or `alias/taxis-datalake-<suffix>` in a shared
 * account), and the data-lake bucket of the s3-bucket lab that encrypts with it.
 */

export const ALIAS_NAME = 'alias/taxis-datalake';
/** The waiting period the lesson and the reference use when they delete the key: KMS's minimum. */
export const PENDING_WINDOW_DAYS = 7;

export interface GradedKey {
  /** The alias the key was found by, as the report names it. */
  name: string;
  alias: AliasInfo;
  key: KeyInfo;
  /** Other aliases that matched the lesson's name, not graded. */
  others: string[];
}

interface KeySearch {
  graded?: GradedKey;
  /** Aliases seen in the region (AWS managed `alias/aws/…` left out), for the near-miss evidence. */
  seen: string[];
}

const matchesLesson = (name: string) => name === ALIAS_NAME || name.startsWith(`${ALIAS_NAME}-`);

/** Whether `nubelab deploy` created the key (it carries the deployment's owner tags). */
export function isReferenceKey(ctx: CheckContext, keyId: string): Promise<boolean> {
  return ctx.derive(`kms:reference:${keyId}`, async () => hasOwnerTags(await ctx.kms.keyTags(keyId)));
}

/** The alias the lesson names and its key: the exact alias first, else the newest key behind `alias/taxis-datalake-…`. */
export function findKey(ctx: CheckContext): Promise<KeySearch> {
  return ctx.derive('kms-key:graded', async () => {
    const aliases = await ctx.kms.listAliases();
    const seen = aliases.map((a) => a.name).filter((n) => !n.startsWith('alias/aws/')).slice(0, 50);
    const candidates: GradedKey[] = [];
    for (const alias of aliases.filter((a) => matchesLesson(a.name) && a.targetKeyId)) {
      const key = await ctx.kms.describeKey(alias.targetKeyId!);
      if (key) candidates.push({ name: alias.name, alias, key, others: [] });
    }
    candidates.sort((a, b) => Number(b.name === ALIAS_NAME) - Number(a.name === ALIAS_NAME) || (b.key.createdAt ?? '').localeCompare(a.key.createdAt ?? ''));
    const [graded, ...rest] = await applyGraderChoice(ctx, candidates, (c) => [c.name, c.key.id, c.key.arn], (c) => isReferenceKey(ctx, c.key.id));
    return { graded: graded && { ...graded, others: rest.map((c) => c.name) }, seen };
  });
}

export function noKeyFound(seen: string[]): Outcome {
  const misses = nearMisses(ALIAS_NAME, seen);
  return fail(
    withSentence(
      { es: `No hay ningún alias ${ALIAS_NAME} (ni ${ALIAS_NAME}-…) que apunte a una clave en esta región.`, en: `There is no alias ${ALIAS_NAME} (nor ${ALIAS_NAME}-…) pointing to a key in this region.` },
      didYouMean(misses),
    ),
    { lookedFor: { alias: ALIAS_NAME, orPrefix: `${ALIAS_NAME}-` }, aliasesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Runs a check against the graded key, or fails plainly when the alias is missing. */
export async function withKey(ctx: CheckContext, judge: (graded: GradedKey) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findKey(ctx);
  return graded ? judge(graded) : noKeyFound(seen);
}

/** Evidence every key check starts with. */
export function keyEvidence(graded: GradedKey, extra: Evidence = {}): Evidence {
  return { resource: graded.key.arn, alias: graded.name, keyId: graded.key.id, ...extra };
}

/** Every way S3 may store "this key": its id, its ARN, the alias or the alias's ARN. */
export function namesOfKey(graded: GradedKey): string[] {
  return [graded.key.id, graded.key.arn, graded.alias.name, graded.alias.arn];
}

const KEY_KIND = { es: 'clave KMS', en: 'KMS key' };

/** The lab's header entry: the graded key (by its alias), marked when it is the reference solution. */
export async function gradedKey(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findKey(ctx);
  return gradedEntry(KEY_KIND, graded, () => isReferenceKey(ctx, graded!.key.id));
}
