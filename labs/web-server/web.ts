import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { InstanceInfo, SecurityGroupInfo } from '../../checker/services/ec2/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLike } from '../shared/lesson-names.ts';

/**
 * How the web-server lab finds what it grades: the web tier's security group by its name or Name
 * tag (`nubelab-web-sg`, or `nubelab-web-sg-<suffix>`), and the web servers by their Name tag
 * (`nubelab-web`, `nubelab-web-1`, `nubelab-web-2`, `nubelab-web-ana`…).
 */

export const WEB_GROUP = 'nubelab-web-sg';
export const WEB_INSTANCE = 'nubelab-web';
export const FLASK_PORT = 5000;

export interface WebInstance extends InstanceInfo {
  name: string;
}

const isWebGroup = (g: SecurityGroupInfo) => namedLike(WEB_GROUP)(g.name) || namedLike(WEB_GROUP)(g.tags.Name ?? '');
// The group's own name starts like the instances'; an instance called nubelab-web-sg… is not a web server.
const isWebInstance = (name: string) => namedLike(WEB_INSTANCE)(name) && !namedLike(WEB_GROUP)(name);

/** The web tier's groups, the exact name first. */
export function findWebGroups(ctx: CheckContext): Promise<SecurityGroupInfo[]> {
  return ctx.derive('web-server:groups', async () => {
    const groups = (await ctx.ec2.allSecurityGroups()).filter(isWebGroup).sort((a, b) => Number(b.name === WEB_GROUP) - Number(a.name === WEB_GROUP) || a.id.localeCompare(b.id));
    return applyGraderChoice(ctx, groups, (g) => [g.name, g.id], (g) => hasOwnerTags(g.tags));
  });
}

/** Every instance named like the lesson's web servers, in any state but terminated. */
export function findWebInstances(ctx: CheckContext): Promise<WebInstance[]> {
  return ctx.derive('web-server:instances', async () => {
    const instances = (await ctx.ec2.instances())
      .map((i) => ({ ...i, name: i.tags.Name ?? '' }))
      .filter((i) => isWebInstance(i.name))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    // Every web server counts, so --resource orders nothing here; --exclude-reference leaves out the reference's.
    return applyGraderChoice(ctx, instances, () => [], (i) => hasOwnerTags(i.tags));
  });
}

/** The lab's header entries: the graded group, then the running web servers (the others as not graded). */
export async function gradedWebTier(ctx: CheckContext): Promise<GradedResource[]> {
  const [[group, ...otherGroups], instances] = await Promise.all([findWebGroups(ctx), findWebInstances(ctx)]);
  const running = runningOnly(instances);
  return [
    ...(await gradedEntry(KIND.securityGroup, group && { name: `${group.name} (${group.id})`, others: otherGroups.map((g) => `${g.name} (${g.id})`) }, () => hasOwnerTags(group!.tags))),
    ...(await gradedEntry(
      KIND.instances,
      running.length ? { name: running.map(label).join(', '), others: instances.filter((i) => i.state !== 'running').map((i) => `${label(i)}: ${i.state}`) } : undefined,
      () => running.every((i) => hasOwnerTags(i.tags)),
    )),
  ];
}

export const runningOnly = (instances: readonly WebInstance[]) => instances.filter((i) => i.state === 'running');
export const label = (i: WebInstance) => `${i.name} (${i.id})`;

export function noWebInstances(ctx: CheckContext, seen: readonly WebInstance[]): Outcome {
  return fail(
    {
      es: `No hay ninguna instancia en marcha con la etiqueta Name=${WEB_INSTANCE}… en la región ${ctx.settings.region}.`,
      en: `There is no running instance tagged Name=${WEB_INSTANCE}… in region ${ctx.settings.region}.`,
    },
    { lookedFor: { tagPrefix: `Name=${WEB_INSTANCE}`, state: 'running', region: ctx.settings.region }, webInstancesSeen: seen.map((i) => `${label(i)}: ${i.state}`) },
  );
}
