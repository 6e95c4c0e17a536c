import type { PlannedResource } from './types.ts';

/**
 * Most EC2 resources get an id AWS picks (`vpc-0abc…`), so planning cannot know it. Their
 * handlers plan placeholders instead; the engine learns the real values from the handler's
 * `locate` (after creating the resource, or before destroying it) and substitutes them into the
 * properties of the resources that refer to it, just before those are applied or removed.
 */

const PLACEHOLDER = /\{\{nubelab:([^{}]+)\}\}/g;

const placeholder = (logicalId: string, attribute: string) => `{{nubelab:${logicalId}.${attribute}}}`;

/** A planned resource whose id and attributes are placeholders until the engine locates it. */
export function deferredResource(logicalId: string, attributes: readonly string[]): PlannedResource {
  return {
    physicalId: placeholder(logicalId, 'Ref'),
    attributes: Object.fromEntries(attributes.map((name) => [name, placeholder(logicalId, name)])),
  };
}

/** Whether a value still holds a placeholder somewhere (an id not known yet). */
export function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.search(PLACEHOLDER) >= 0;
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasPlaceholder);
  return false;
}

/** The real ids and attributes learned so far, by placeholder. */
export class LiveValues {
  private readonly known = new Map<string, string>();

  /** Records what `located` says the placeholders of `planned` stand for. */
  learn(planned: PlannedResource, located: PlannedResource): void {
    if (hasPlaceholder(planned.physicalId)) this.known.set(planned.physicalId, located.physicalId);
    for (const [name, value] of Object.entries(planned.attributes)) {
      const real = located.attributes[name];
      if (typeof value === 'string' && hasPlaceholder(value) && typeof real === 'string') this.known.set(value, real);
    }
  }

  /** `value` with every known placeholder replaced; unknown ones are left as they are. */
  substitute<T>(value: T): T {
    if (typeof value === 'string') return value.replace(PLACEHOLDER, (token) => this.known.get(token) ?? token) as T;
    if (Array.isArray(value)) return value.map((item) => this.substitute(item)) as T;
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.substitute(item)])) as T;
    }
    return value;
  }
}
