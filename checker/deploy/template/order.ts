import { DeployError } from '../errors.ts';
import { intrinsicName, subReferences } from './intrinsics.ts';
import type { CfnResource } from './types.ts';

/**
 * Creation order of a template's resources: a resource comes after everything it refers to
 * (Ref, Fn::GetAtt, Fn::Sub) or names in DependsOn, as CloudFormation orders them.
 * Delete in the reverse order.
 */

/** Every name `value` refers to through Ref, Fn::GetAtt or Fn::Sub (resources, parameters, pseudo parameters). */
export function referencedNames(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedNames(item, into);
    return into;
  }
  if (typeof value !== 'object' || value === null) return into;
  const record = value as Record<string, unknown>;
  const fn = intrinsicName(record);
  const arg = fn ? record[fn] : undefined;
  if (fn === 'Ref' && typeof arg === 'string') {
    into.add(arg);
    return into;
  }
  if (fn === 'Fn::GetAtt') {
    const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
    if (typeof target === 'string') into.add(target);
    if (Array.isArray(arg)) referencedNames(arg.slice(1), into);
    return into;
  }
  if (fn === 'Fn::Sub') {
    const [text, variables] = Array.isArray(arg) ? arg : [arg, {}];
    const explicit = typeof variables === 'object' && variables !== null ? Object.keys(variables) : [];
    if (typeof text === 'string') for (const name of subReferences(text, explicit)) into.add(name);
    referencedNames(variables, into);
    return into;
  }
  for (const item of Object.values(record)) referencedNames(item, into);
  return into;
}

/** The resources `resource` must wait for. */
export function dependenciesOf(logicalId: string, resource: CfnResource, resourceIds: ReadonlySet<string>): string[] {
  const dependsOn = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat();
  for (const target of dependsOn) {
    if (!resourceIds.has(target)) {
      throw new DeployError('template-error', `${logicalId} DependsOn ${target}, which is not a resource`, {
        path: `Resources.${logicalId}.DependsOn`,
        reason: `unknown resource ${target}`,
      });
    }
  }
  const referenced = [...referencedNames(resource.Properties ?? {})].filter((name) => resourceIds.has(name));
  // A resource that refers to itself is kept: it is a loop, and creationOrder reports it.
  return [...new Set([...dependsOn, ...referenced])];
}

/** Logical ids in creation order; among independent resources, template order is kept. */
export function creationOrder(resources: Readonly<Record<string, CfnResource>>): string[] {
  const ids = Object.keys(resources);
  const idSet = new Set(ids);
  const waitingOn = new Map(ids.map((id) => [id, new Set(dependenciesOf(id, resources[id]!, idSet))]));
  const order: string[] = [];
  while (order.length < ids.length) {
    const ready = ids.find((id) => !order.includes(id) && [...waitingOn.get(id)!].every((dep) => order.includes(dep)));
    if (!ready) {
      const cycle = findCycle(ids.filter((id) => !order.includes(id)), waitingOn);
      throw new DeployError('dependency-cycle', `Resources depend on each other in a loop: ${cycle.join(' -> ')}`, { cycle });
    }
    order.push(ready);
  }
  return order;
}

/** One loop among `pending`, as a path that starts and ends with the same resource. */
function findCycle(pending: string[], waitingOn: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const path: string[] = [];
  let current = pending[0]!;
  while (!path.includes(current)) {
    path.push(current);
    current = [...waitingOn.get(current)!].find((dep) => pending.includes(dep))!;
  }
  return [...path.slice(path.indexOf(current)), current];
}
