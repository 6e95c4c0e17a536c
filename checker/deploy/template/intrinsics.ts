import { DeployError } from '../errors.ts';
import type { CfnTemplate, PseudoParameters } from './types.ts';

/**
 * Evaluates CloudFormation intrinsic functions (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, …) in a
 * template value, the way CloudFormation would at deploy time. Resources are looked up through
 * the scope, so the same resolver serves planning (names known in advance) and applying.
 */

/** `Ref: AWS::NoValue`: the property is removed, as if it had not been written. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export interface ResolveScope {
  pseudo: PseudoParameters;
  /** Parameter values (defaults, or values given at deploy time). */
  parameters: Readonly<Record<string, unknown>>;
  mappings?: CfnTemplate['Mappings'];
  /** Evaluates a named condition of the template's Conditions section. */
  condition(name: string, path: string): boolean;
  /** `Ref` of a resource: its physical id. */
  resourceRef(logicalId: string, path: string): unknown;
  /** `Fn::GetAtt` of a resource. */
  resourceAttribute(logicalId: string, attribute: string, path: string): unknown;
}

/** Functions CloudFormation has that this engine deliberately does not evaluate. */
const UNSUPPORTED = new Set(['Fn::ImportValue', 'Fn::Cidr', 'Fn::Transform', 'Fn::Length', 'Fn::ToJsonString', 'Fn::ForEach']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A one-key object whose key is `Ref` or `Fn::…` is a function call, not data. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

function templateError(path: string, reason: string): DeployError {
  return new DeployError('template-error', `Template error at ${path || '(root)'}: ${reason}`, { path, reason });
}

/** Resolves every intrinsic inside `value`. Properties that resolve to AWS::NoValue are dropped. */
export function resolveValue(value: unknown, scope: ResolveScope, path = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => resolveValue(item, scope, `${path}[${i}]`)).filter((item) => item !== NO_VALUE);
  }
  if (!isObject(value)) return value;
  const fn = intrinsicName(value);
  if (fn) return resolveIntrinsic(fn, value[fn], scope, path ? `${path}.${fn}` : fn);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, scope, path ? `${path}.${key}` : key);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

function resolveString(value: unknown, scope: ResolveScope, path: string): string {
  const resolved = resolveValue(value, scope, path);
  if (typeof resolved === 'string') return resolved;
  if (typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved);
  throw templateError(path, `expected a string, got ${JSON.stringify(resolved)}`);
}

function resolveList(value: unknown, scope: ResolveScope, path: string): unknown[] {
  const resolved = resolveValue(value, scope, path);
  if (!Array.isArray(resolved)) throw templateError(path, `expected a list, got ${JSON.stringify(resolved)}`);
  return resolved;
}

function args(value: unknown, count: number, fn: string, path: string): unknown[] {
  if (!Array.isArray(value) || value.length !== count) throw templateError(path, `${fn} takes a list of ${count} arguments`);
  return value;
}

function resolveIntrinsic(fn: string, arg: unknown, scope: ResolveScope, path: string): unknown {
  switch (fn) {
    case 'Ref':
      return resolveRef(resolveString(arg, scope, path), scope, path);
    case 'Fn::GetAtt':
      return resolveGetAtt(arg, scope, path);
    case 'Fn::Join': {
      const [delimiter, list] = args(arg, 2, fn, path);
      if (typeof delimiter !== 'string') throw templateError(path, 'Fn::Join delimiter must be a literal string');
      return resolveList(list, scope, `${path}[1]`).map((item, i) => joinPart(item, `${path}[1][${i}]`)).join(delimiter);
    }
    case 'Fn::Sub':
      return resolveSub(arg, scope, path);
    case 'Fn::Select': {
      const [index, list] = args(arg, 2, fn, path);
      const i = Number(resolveValue(index, scope, `${path}[0]`));
      const items = resolveList(list, scope, `${path}[1]`);
      if (!Number.isInteger(i) || i < 0 || i >= items.length) throw templateError(path, `Fn::Select index ${i} is outside a list of ${items.length}`);
      return items[i];
    }
    case 'Fn::Split': {
      const [delimiter, source] = args(arg, 2, fn, path);
      if (typeof delimiter !== 'string') throw templateError(path, 'Fn::Split delimiter must be a literal string');
      return resolveString(source, scope, `${path}[1]`).split(delimiter);
    }
    case 'Fn::If': {
      const [name, whenTrue, whenFalse] = args(arg, 3, fn, path);
      if (typeof name !== 'string') throw templateError(path, 'Fn::If needs a condition name');
      // Only the branch taken is evaluated: the other may reference a resource that does not exist.
      return scope.condition(name, path)
        ? resolveValue(whenTrue, scope, `${path}[1]`)
        : resolveValue(whenFalse, scope, `${path}[2]`);
    }
    case 'Fn::Equals': {
      const [a, b] = args(arg, 2, fn, path);
      return JSON.stringify(resolveValue(a, scope, `${path}[0]`)) === JSON.stringify(resolveValue(b, scope, `${path}[1]`));
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) throw templateError(path, `${fn} takes 2 to 10 conditions`);
      const values = arg.map((item, i) => conditionOperand(item, scope, `${path}[${i}]`));
      return fn === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
    }
    case 'Fn::Not': {
      const [operand] = args(arg, 1, fn, path);
      return !conditionOperand(operand, scope, `${path}[0]`);
    }
    case 'Fn::FindInMap': {
      const [map, top, second] = args(arg, 3, fn, path).map((item, i) => resolveString(item, scope, `${path}[${i}]`));
      const found = scope.mappings?.[map!]?.[top!]?.[second!];
      if (found === undefined) throw templateError(path, `no mapping ${map}/${top}/${second}`);
      return found;
    }
    case 'Fn::GetAZs':
      return availabilityZones(resolveValue(arg, scope, path), scope.pseudo, path);
    case 'Fn::Base64':
      return Buffer.from(resolveString(arg, scope, path), 'utf8').toString('base64');
    default:
      if (UNSUPPORTED.has(fn) || fn.startsWith('Fn::')) {
        throw new DeployError('unsupported-intrinsic', `The emulator engine does not evaluate ${fn} (at ${path})`, { fn, path });
      }
      throw templateError(path, `unknown function ${fn}`);
  }
}

/** An operand of Fn::And / Fn::Or / Fn::Not: `{ Condition: name }` or a boolean expression. */
function conditionOperand(value: unknown, scope: ResolveScope, path: string): boolean {
  if (isObject(value) && Object.keys(value).length === 1 && typeof value.Condition === 'string') {
    return scope.condition(value.Condition, path);
  }
  const resolved = resolveValue(value, scope, path);
  if (typeof resolved !== 'boolean') throw templateError(path, 'a condition operand must be a condition or a boolean function');
  return resolved;
}

function joinPart(item: unknown, path: string): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'number' || typeof item === 'boolean') return String(item);
  throw templateError(path, `cannot join ${JSON.stringify(item)}`);
}

/** `Fn::GetAZs` of the deployment's region (written `""` or as the region's name): its zones, as read before planning. */
function availabilityZones(region: unknown, pseudo: PseudoParameters, path: string): string[] {
  if (region !== '' && region !== pseudo.region) throw templateError(path, `Fn::GetAZs of another region (${JSON.stringify(region)})`);
  if (!pseudo.availabilityZones) throw templateError(path, 'Fn::GetAZs needs the region\'s zones, which were not read');
  return [...pseudo.availabilityZones];
}

function resolveRef(name: string, scope: ResolveScope, path: string): unknown {
  if (name.startsWith('AWS::')) return pseudoParameter(name, scope.pseudo, path);
  if (Object.hasOwn(scope.parameters, name)) return scope.parameters[name];
  return scope.resourceRef(name, path);
}

function pseudoParameter(name: string, pseudo: PseudoParameters, path: string): unknown {
  switch (name) {
    case 'AWS::AccountId':
      return pseudo.accountId;
    case 'AWS::Region':
      return pseudo.region;
    case 'AWS::Partition':
      return pseudo.partition;
    case 'AWS::StackName':
      return pseudo.stackName;
    case 'AWS::URLSuffix':
      return pseudo.urlSuffix;
    case 'AWS::NoValue':
      return NO_VALUE;
    case 'AWS::NotificationARNs':
      return [];
    case 'AWS::StackId':
      // There is no CloudFormation stack on this path; a stable id in the real format.
      return `arn:${pseudo.partition}:cloudformation:${pseudo.region}:${pseudo.accountId}:stack/${pseudo.stackName}/nubelab`;
    default:
      throw templateError(path, `unknown pseudo parameter ${name}`);
  }
}

function resolveGetAtt(arg: unknown, scope: ResolveScope, path: string): unknown {
  let logicalId: unknown;
  let attribute: unknown;
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    if (dot < 1) throw templateError(path, `Fn::GetAtt "${arg}" is not "LogicalId.Attribute"`);
    [logicalId, attribute] = [arg.slice(0, dot), arg.slice(dot + 1)];
  } else {
    [logicalId, attribute] = args(arg, 2, 'Fn::GetAtt', path);
    attribute = resolveString(attribute, scope, `${path}[1]`);
  }
  if (typeof logicalId !== 'string') throw templateError(path, 'Fn::GetAtt needs a literal logical id');
  return scope.resourceAttribute(logicalId, attribute as string, path);
}

/** `${Name}`, `${Resource.Attribute}`, `${AWS::Region}`; `${!Literal}` stays as `${Literal}`. */
const SUB_VARIABLE = /\$\{([^}]*)\}/g;

function resolveSub(arg: unknown, scope: ResolveScope, path: string): string {
  let text: unknown = arg;
  let variables: Record<string, unknown> = {};
  if (Array.isArray(arg)) {
    [text, variables] = args(arg, 2, 'Fn::Sub', path) as [unknown, Record<string, unknown>];
    if (!isObject(variables)) throw templateError(path, 'Fn::Sub variables must be an object');
  }
  if (typeof text !== 'string') throw templateError(path, 'Fn::Sub needs a literal string');
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) values[name] = resolveString(value, scope, `${path}[1].${name}`);
  return text.replace(SUB_VARIABLE, (_match, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    if (Object.hasOwn(values, name)) return values[name]!;
    if (!name.startsWith('AWS::') && name.includes('.')) {
      const dot = name.indexOf('.');
      return joinPart(scope.resourceAttribute(name.slice(0, dot), name.slice(dot + 1), path), path);
    }
    return joinPart(resolveRef(name, scope, path), path);
  });
}

/** The names a `Fn::Sub` string refers to (without explicit variables and `${!…}` literals). */
export function subReferences(text: string, explicit: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(SUB_VARIABLE)) {
    const name = match[1]!;
    if (name.startsWith('!') || explicit.includes(name)) continue;
    names.push(name.includes('.') && !name.startsWith('AWS::') ? name.slice(0, name.indexOf('.')) : name);
  }
  return names;
}

/**
 * Evaluates the template's Conditions lazily, each at most once; a condition that refers to
 * itself through others is a template error rather than an endless loop.
 */
export function conditionEvaluator(
  conditions: Readonly<Record<string, unknown>> | undefined,
  scope: () => ResolveScope,
): (name: string, path: string) => boolean {
  const evaluated = new Map<string, boolean>();
  const evaluating = new Set<string>();
  return (name, path) => {
    const known = evaluated.get(name);
    if (known !== undefined) return known;
    if (!conditions || !Object.hasOwn(conditions, name)) throw templateError(path, `unknown condition ${name}`);
    if (evaluating.has(name)) throw templateError(path, `condition ${name} depends on itself`);
    evaluating.add(name);
    const value = resolveValue(conditions[name], scope(), `Conditions.${name}`);
    evaluating.delete(name);
    if (typeof value !== 'boolean') throw templateError(`Conditions.${name}`, 'a condition must evaluate to true or false');
    evaluated.set(name, value);
    return value;
  };
}
