import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckContext, GradedResource } from '../../checker/core/types.ts';
import { LAB_TAG, LEARNER_TAG } from '../../infra/lib/owner-tags.ts';

/**
 * What every lab needs to say which resource it graded: the grader's choices (`--resource`,
 * `--exclude-reference`) applied to the candidates a lab's finder found, the reference-solution
 * mark, and the report header's entry. Labs keep their own finders; this only orders and labels.
 */

/** Whether tags are those `nubelab deploy` puts on everything it creates (the deploy engine's owner tags). */
export const hasOwnerTags = (tags: Readonly<Record<string, string>> | undefined): boolean =>
  !!tags && LAB_TAG in tags && LEARNER_TAG in tags;

/**
 * The candidates in grading order after the grader's choices: with `--exclude-reference`, those
 * deployed by NubeLab are left out; with `--resource <name>` (repeatable), the one named (by name or id) goes first.
 * `isReference` is asked only when it matters, so an ordinary run makes no extra reads.
 */
export async function applyGraderChoice<T>(
  ctx: CheckContext,
  candidates: readonly T[],
  names: (item: T) => readonly string[],
  isReference: (item: T) => Promise<boolean> | boolean,
): Promise<T[]> {
  let out = [...candidates];
  if (ctx.settings.excludeReference) {
    const marks = await Promise.all(out.map((item) => isReference(item)));
    out = out.filter((_, i) => !marks[i]);
  }
  const chosen = [ctx.settings.resource ?? []].flat();
  if (chosen.length) {
    const at = out.findIndex((item) => names(item).some((name) => chosen.includes(name)));
    if (at > 0) out = [out[at]!, ...out.slice(0, at), ...out.slice(at + 1)];
  }
  return out;
}

/** The report header's entry for one graded resource, or nothing when none was found. */
export async function gradedEntry(
  kind: Localized,
  graded: { name: string; others: readonly string[] } | undefined,
  isReference: (() => Promise<boolean> | boolean) | undefined,
): Promise<GradedResource[]> {
  if (!graded) return [];
  return [{ kind, name: graded.name, ...(isReference ? { reference: await isReference() } : {}), others: [...graded.others] }];
}

export const KIND = {
  bucket: { es: 'bucket', en: 'bucket' },
  role: { es: 'rol', en: 'role' },
  function: { es: 'función', en: 'function' },
  instance: { es: 'instancia', en: 'instance' },
  instances: { es: 'instancias', en: 'instances' },
  vpc: { es: 'VPC', en: 'VPC' },
  securityGroup: { es: 'grupo de seguridad', en: 'security group' },
  workGroup: { es: 'grupo de trabajo', en: 'workgroup' },
  group: { es: 'grupo', en: 'group' },
  user: { es: 'usuario', en: 'user' },
  database: { es: 'base de datos', en: 'database' },
  job: { es: 'job', en: 'job' },
  table: { es: 'tabla', en: 'table' },
} as const satisfies Record<string, Localized>;
