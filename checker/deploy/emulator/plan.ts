import { NO_ASSETS, type AssetStore } from '../assets.ts';
import type { DeployClients } from '../clients.ts';
import { DeployError } from '../errors.ts';
import type { ProgressListener } from '../events.ts';
import { HANDLERS, SKIPPED_TYPES } from '../handlers/registry.ts';
import { LiveValues } from '../handlers/deferred.ts';
import type { HandlerContext, PlannedResource, ResourceHandler } from '../handlers/types.ts';
import { conditionEvaluator, resolveValue, type ResolveScope } from '../template/intrinsics.ts';
import { creationOrder, dependenciesOf, referencedNames } from '../template/order.ts';
import { serviceOfResourceType, type FeatureGap } from '../../emulator/engine-gaps.ts';
import type { EngineFeature } from '../../core/engine-features.ts';
import type { Localized } from '../../core/i18n.ts';
import type { CfnResource, CfnTemplate, PseudoParameters } from '../template/types.ts';

/**
 * Turns a template into an ordered list of resources with resolved properties and known names,
 * without calling AWS. Everything that can be wrong with the template (unknown types, unsupported
 * properties or functions, loops, dangling references) is found here, before anything is created.
 */
export interface PlanInput {
  template: CfnTemplate;
  pseudo: PseudoParameters;
  ownerTags: Readonly<Record<string, string>>;
  clients: DeployClients;
  emit: ProgressListener;
  /** The stack's file assets; a template without any may omit them. */
  assets?: AssetStore;
  /** Values of SSM-backed parameters, read before planning (see ssm-parameters.ts); others stay without a value. */
  ssmParameters?: Readonly<Record<string, string>>;
  /** Defaults to every registered handler; tests pass their own. */
  handlers?: ReadonlyMap<string, ResourceHandler>;
  /** Services the target engine lacks (engine-gaps.ts), with the reason: their resources are skipped. */
  engineGaps?: ReadonlyMap<string, Localized>;
  /** Behaviours it lacks: their resource types are skipped, their properties left out. */
  featureGaps?: ReadonlyMap<EngineFeature, FeatureGap>;
}

export interface PlannedStep {
  logicalId: string;
  type: string;
  handler: ResourceHandler;
  properties: Readonly<Record<string, unknown>>;
  planned: PlannedResource;
  deletionPolicy?: string;
  ctx: HandlerContext;
}

export type SkipReason = 'cdk-metadata' | 'condition-false' | 'engine-lacks-service' | 'engine-lacks-feature' | 'depends-on-skipped';

/** Skipped because of the engine (what it lacks, or what needs that): a deploy lists these as the engine's gaps. */
export const isEngineSkip = (s: SkippedResource) => s.reason === 'engine-lacks-service' || s.reason === 'engine-lacks-feature' || s.reason === 'depends-on-skipped';

export interface SkippedResource {
  logicalId: string;
  type: string;
  reason: SkipReason;
  /** engine-lacks-service: the service, and why the engine lacks it (engine-lacks-feature: the behaviour). */
  service?: string;
  feature?: string;
  why?: Localized;
  /** depends-on-skipped: the skipped resource it refers to. */
  dependsOn?: string;
}

export interface PropertyLeftOut {
  logicalId: string;
  type: string;
  /** Dotted path inside Properties, e.g. NotificationConfiguration.LambdaConfigurations. */
  property: string;
  feature: EngineFeature;
  why: Localized;
}

export interface TemplatePlan {
  /** In creation order. */
  steps: PlannedStep[];
  skipped: SkippedResource[];
  /** Properties left out of resources that are created, because the engine lacks what they need. */
  propertiesLeftOut: PropertyLeftOut[];
  /** Ids and attributes AWS picks (EC2), learned while applying or removing; see handlers/deferred.ts. */
  live: LiveValues;
  /** The template's Outputs, resolved (strings, as CloudFormation reports them). */
  outputs(): Record<string, string>;
}

const templateError = (path: string, reason: string) =>
  new DeployError('template-error', `Template error at ${path}: ${reason}`, { path, reason });

/** Parameter values on a path with no CloudFormation: defaults, and the SSM-backed values read beforehand. */
function parameterValues(template: CfnTemplate, ssmParameters: Readonly<Record<string, string>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(template.Parameters ?? {})) {
    if (parameter.Type.startsWith('AWS::SSM::Parameter::')) {
      // Those not read (e.g. CDK's BootstrapVersion, used only by Rules) stay without a value.
      if (Object.hasOwn(ssmParameters, name)) values[name] = ssmParameters[name];
      continue;
    }
    if (parameter.Default === undefined) continue;
    const isList = parameter.Type === 'CommaDelimitedList' || parameter.Type.startsWith('List<');
    values[name] = isList ? String(parameter.Default).split(',') : parameter.Default;
  }
  return values;
}

export function planTemplate(input: PlanInput): TemplatePlan {
  const { template, pseudo } = input;
  const handlers = input.handlers ?? HANDLERS;
  const resources = template.Resources ?? {};
  const planned = new Map<string, PlannedResource>();
  const parameters = parameterValues(template, input.ssmParameters ?? {});

  const scope: ResolveScope = {
    pseudo,
    parameters,
    mappings: template.Mappings,
    condition: conditionEvaluator(template.Conditions, () => scope),
    resourceRef(logicalId, path) {
      const found = planned.get(logicalId);
      if (found) return found.physicalId;
      if (template.Parameters?.[logicalId]) return fail(path, `parameter ${logicalId} has no value outside CloudFormation`);
      if (resources[logicalId]) return fail(path, `${logicalId} is not created (skipped or later in order)`);
      return fail(path, `Ref to unknown name ${logicalId}`);
    },
    resourceAttribute(logicalId, attribute, path) {
      const found = planned.get(logicalId);
      if (!found) return fail(path, `Fn::GetAtt of ${logicalId}, which is not created here`);
      if (!Object.hasOwn(found.attributes, attribute)) return fail(path, `${logicalId} has no attribute ${attribute}`);
      return found.attributes[attribute];
    },
  };
  const fail = (path: string, reason: string): never => {
    throw templateError(path, reason);
  };

  // Decide what will be created; refuse unknown types before doing anything else.
  const active: Record<string, CfnResource> = {};
  const skipped: TemplatePlan['skipped'] = [];
  const unsupported: { logicalId: string; type: string }[] = [];
  const gaps = input.engineGaps ?? new Map<string, Localized>();
  const featureGaps = [...(input.featureGaps ?? new Map<EngineFeature, FeatureGap>())];
  const typeGaps = new Map(featureGaps.flatMap(([feature, gap]) => (gap.resourceTypes ?? []).map((type) => [type, { feature, why: gap.reason }] as const)));
  for (const [logicalId, resource] of Object.entries(resources)) {
    const service = serviceOfResourceType(resource.Type);
    if (SKIPPED_TYPES.has(resource.Type)) skipped.push({ logicalId, type: resource.Type, reason: 'cdk-metadata' });
    else if (gaps.has(service)) skipped.push({ logicalId, type: resource.Type, reason: 'engine-lacks-service', service, why: gaps.get(service) });
    else if (typeGaps.has(resource.Type)) skipped.push({ logicalId, type: resource.Type, reason: 'engine-lacks-feature', ...typeGaps.get(resource.Type)! });
    else if (resource.Condition && !scope.condition(resource.Condition, `Resources.${logicalId}.Condition`)) {
      skipped.push({ logicalId, type: resource.Type, reason: 'condition-false' });
    } else if (!handlers.has(resource.Type)) unsupported.push({ logicalId, type: resource.Type });
    else active[logicalId] = resource;
  }
  skipDependents(active, skipped, new Set(Object.keys(resources)));
  if (unsupported.length) {
    const [first] = unsupported;
    throw new DeployError('unsupported-resource', `The emulator engine cannot create ${first!.type} (${first!.logicalId})`, {
      logicalId: first!.logicalId,
      type: first!.type,
      unsupported,
      supported: [...handlers.keys()],
    });
  }

  const propertiesLeftOut: PropertyLeftOut[] = [];
  for (const [feature, gap] of featureGaps) {
    for (const entry of gap.properties ?? []) {
      const [type, property] = entry.split(' ') as [string, string];
      for (const [logicalId, resource] of Object.entries(active)) {
        const trimmed = resource.Type === type ? withoutPath(resource, `Properties.${property}`) : undefined;
        if (!trimmed) continue;
        active[logicalId] = trimmed;
        propertiesLeftOut.push({ logicalId, type, property, feature, why: gap.reason });
        input.emit?.({ kind: 'property-skipped', logicalId, type, property, feature, why: gap.reason });
      }
    }
  }

  const steps = creationOrder(active).map((logicalId): PlannedStep => {
    const resource = active[logicalId]!;
    const handler = handlers.get(resource.Type)!;
    const properties = resolveValue(resource.Properties ?? {}, scope, `Resources.${logicalId}.Properties`) as Record<string, unknown>;
    const ctx: HandlerContext = { logicalId, pseudo, ownerTags: input.ownerTags, clients: input.clients, emit: input.emit, assets: input.assets ?? NO_ASSETS };
    const step = { logicalId, type: resource.Type, handler, properties, planned: handler.plan(properties, ctx), deletionPolicy: resource.DeletionPolicy, ctx };
    planned.set(logicalId, step.planned);
    return step;
  });

  const live = new LiveValues();
  return {
    steps,
    skipped,
    propertiesLeftOut,
    live,
    outputs() {
      const outputs: Record<string, string> = {};
      const absent = new Set(skipped.filter((s) => s.reason !== 'cdk-metadata').map((s) => s.logicalId));
      for (const [name, output] of Object.entries(template.Outputs ?? {})) {
        // An output of a resource the engine could not have has no value here.
        if ([...referencedNames(output.Value)].some((id) => absent.has(id))) continue;
        if (output.Condition && !scope.condition(output.Condition, `Outputs.${name}.Condition`)) continue;
        const value = resolveValue(output.Value, scope, `Outputs.${name}.Value`);
        const known = live.substitute(value);
        outputs[name] = typeof known === 'string' ? known : JSON.stringify(known);
      }
      return outputs;
    },
  };
}

/**
 * Resources that refer to (or DependsOn) a resource skipped because the engine lacks its service
 * cannot be created either; they are skipped too, naming the one they need, until none is left.
 */
function skipDependents(active: Record<string, CfnResource>, skipped: SkippedResource[], allIds: ReadonlySet<string>): void {
  const missing = new Set(skipped.filter(isEngineSkip).map((s) => s.logicalId));
  if (!missing.size) return;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [logicalId, resource] of Object.entries(active)) {
      const needed = dependenciesOf(logicalId, resource, allIds).find((id) => missing.has(id));
      if (!needed) continue;
      skipped.push({ logicalId, type: resource.Type, reason: 'depends-on-skipped', dependsOn: needed });
      missing.add(logicalId);
      delete active[logicalId];
      changed = true;
    }
  }
}

/**
 * `resource` without `path` (dotted), or undefined when nothing is there. The template's objects
 * are copied along the path, never changed: the same template may be planned again.
 */
function withoutPath(resource: CfnResource, path: string): CfnResource | undefined {
  const keys = path.split('.');
  const chain: Record<string, unknown>[] = [resource as unknown as Record<string, unknown>];
  for (const key of keys.slice(0, -1)) {
    const next = chain.at(-1)![key];
    if (!next || typeof next !== 'object') return undefined;
    chain.push(next as Record<string, unknown>);
  }
  const last = keys.at(-1)!;
  if (!Object.hasOwn(chain.at(-1)!, last)) return undefined;
  let copy: Record<string, unknown> = { ...chain.at(-1)! };
  delete copy[last];
  for (let i = chain.length - 2; i >= 0; i--) copy = { ...chain[i]!, [keys[i]!]: copy };
  return copy as unknown as CfnResource;
}
