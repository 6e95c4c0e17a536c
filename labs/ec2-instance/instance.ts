import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { InstanceInfo } from '../../checker/services/ec2/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLike } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * How the ec2-instance lab finds the learner's instance: by the Name tag the lesson gives
 * (`data-engineer`, or `data-engineer-<suffix>` in a shared account). A running instance is
 * preferred over a stopped one, the exact name over a suffixed one, then the newest launch.
 */

export const INSTANCE_NAME = 'data-engineer';

export interface GradedInstance extends InstanceInfo {
  name: string;
  /** Other instances named like the lesson, which were not graded. */
  others: string[];
}

interface InstanceSearch {
  graded?: GradedInstance;
  seen: { id: string; name?: string; state: string }[];
}

const byPreference = (a: GradedInstance, b: GradedInstance) =>
  Number(b.state === 'running') - Number(a.state === 'running') ||
  Number(b.name === INSTANCE_NAME) - Number(a.name === INSTANCE_NAME) ||
  (b.launchTime ?? '').localeCompare(a.launchTime ?? '') ||
  a.id.localeCompare(b.id);

export function findInstance(ctx: CheckContext): Promise<InstanceSearch> {
  return ctx.derive('ec2-instance:instance', async () => {
    const instances = await ctx.ec2.instances();
    const named = instances
      .map((i) => ({ ...i, name: i.tags.Name ?? '', others: [] }))
      .filter((i) => namedLike(INSTANCE_NAME)(i.name))
      .sort(byPreference);
    const [graded, ...rest] = await applyGraderChoice(ctx, named, (i) => [i.name, i.id], (i) => hasOwnerTags(i.tags));
    const seen = instances.slice(0, 50).map((i) => ({ id: i.id, name: i.tags.Name, state: i.state }));
    return { graded: graded && { ...graded, others: rest.map((i) => `${i.name} (${i.id}, ${i.state})`) }, seen };
  });
}

/** The lab's header entry: the graded instance, marked when `nubelab deploy` launched it. */
export async function gradedInstance(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findInstance(ctx);
  return gradedEntry(KIND.instance, graded && { name: `${graded.name} (${graded.id})`, others: graded.others }, () => hasOwnerTags(graded!.tags));
}

export function noInstance(ctx: CheckContext, seen: InstanceSearch['seen']): Outcome {
  const misses = nearMisses(INSTANCE_NAME, seen.flatMap((i) => (i.name ? [i.name] : [])));
  return fail(
    withSentence({
      es: `No hay ninguna instancia con la etiqueta Name=${INSTANCE_NAME} (ni ${INSTANCE_NAME}-…) en la región ${ctx.settings.region}.`,
      en: `There is no instance tagged Name=${INSTANCE_NAME} (nor ${INSTANCE_NAME}-…) in region ${ctx.settings.region}.`,
    }, didYouMean(misses)),
    { lookedFor: { tag: `Name=${INSTANCE_NAME}`, orPrefix: `${INSTANCE_NAME}-`, region: ctx.settings.region }, instancesSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Runs `judge` on the graded instance; every check but the first needs that one, so it exists. */
export async function withInstance(ctx: CheckContext, judge: (instance: GradedInstance) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findInstance(ctx);
  if (!graded) return noInstance(ctx, seen);
  return judge(graded);
}
