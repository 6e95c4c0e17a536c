import { DeployError } from '../errors.ts';

/**
 * Strict readers for resolved resource properties. Any key a handler does not list is an
 * `unsupported-property` error: the emulator must never pretend to apply a setting it dropped.
 */
export interface PropertyScope {
  logicalId: string;
  type: string;
}

export function unsupportedProperty(scope: PropertyScope, property: string): DeployError {
  return new DeployError(
    'unsupported-property',
    `${scope.logicalId} (${scope.type}) uses ${property}, which the emulator engine does not apply`,
    { logicalId: scope.logicalId, type: scope.type, property },
  );
}

function badValue(scope: PropertyScope, property: string, expected: string, value: unknown): DeployError {
  return new DeployError('template-error', `${scope.logicalId}.${property}: expected ${expected}, got ${JSON.stringify(value)}`, {
    path: `Resources.${scope.logicalId}.Properties.${property}`,
    reason: `expected ${expected}`,
  });
}

/** An object whose keys are all in `allowed`. */
export function objectWith(scope: PropertyScope, value: unknown, property: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badValue(scope, property, 'an object', value);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw unsupportedProperty(scope, property ? `${property}.${key}` : key);
  }
  return value as Record<string, unknown>;
}

export function listOf<T>(scope: PropertyScope, value: unknown, property: string, read: (item: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw badValue(scope, property, 'a list', value);
  return value.map((item, i) => read(item, `${property}[${i}]`));
}

export function text(scope: PropertyScope, value: unknown, property: string): string {
  if (typeof value !== 'string') throw badValue(scope, property, 'a string', value);
  return value;
}

export function optionalText(scope: PropertyScope, value: unknown, property: string): string | undefined {
  return value === undefined ? undefined : text(scope, value, property);
}

/** CloudFormation accepts numbers written as strings ("30"); so does this. */
export function optionalInteger(scope: PropertyScope, value: unknown, property: string): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw badValue(scope, property, 'an integer', value);
  return number;
}

/** CloudFormation accepts booleans written as strings ("true"); so does this. */
export function optionalBoolean(scope: PropertyScope, value: unknown, property: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw badValue(scope, property, 'true or false', value);
}
