import type { AssetStore } from '../assets.ts';
import type { DeployClients } from '../clients.ts';
import type { ProgressListener } from '../events.ts';
import type { PseudoParameters } from '../template/types.ts';

export interface HandlerContext {
  logicalId: string;
  pseudo: PseudoParameters;
  /** Tags that mark a resource as deployed by NubeLab for this lab and learner. */
  ownerTags: Readonly<Record<string, string>>;
  clients: DeployClients;
  emit: ProgressListener;
  /** The stack's file assets, e.g. a Lambda function's code. */
  assets: AssetStore;
}

/** What a resource will be called and the attributes Fn::GetAtt reads, known before it exists. */
export interface PlannedResource {
  physicalId: string;
  attributes: Readonly<Record<string, unknown>>;
}

/** Whether the resource exists, and if so whether NubeLab deployed it. */
export type Ownership = 'absent' | 'ours' | 'foreign';

/**
 * Applies one CloudFormation resource type with SDK calls. Handlers name their resources
 * deterministically (from properties or stack + logical id), which is what lets destroy work
 * without any saved state.
 */
export interface ResourceHandler {
  readonly type: string;
  /**
   * Checks that every property is one this handler applies (throws `unsupported-property`
   * otherwise: silently dropping a setting is what this engine exists to avoid), and names the
   * resource. Makes no API calls.
   */
  plan(properties: Readonly<Record<string, unknown>>, ctx: HandlerContext): PlannedResource;
  ownership(planned: PlannedResource, properties: Readonly<Record<string, unknown>>, ctx: HandlerContext): Promise<Ownership>;
  /**
   * Creates the resource, or brings an existing one of ours in line with `properties`.
   * If creating succeeds but configuring fails, the handler removes what it created before throwing.
   */
  apply(planned: PlannedResource, properties: Readonly<Record<string, unknown>>, ctx: HandlerContext): Promise<'created' | 'updated'>;
  remove(planned: PlannedResource, properties: Readonly<Record<string, unknown>>, ctx: HandlerContext): Promise<'deleted' | 'absent'>;
  /**
   * What must happen before anything (this engine or CloudFormation) can delete the resource,
   * e.g. emptying a bucket or removing a user's login profile. `physicalId` is all it is given,
   * so the CDK toolkit's destroy can call it on a stack's resources too.
   */
  beforeDestroy?(physicalId: string, ctx: Pick<HandlerContext, 'clients' | 'emit'>): Promise<void>;
  /**
   * For resources whose id AWS picks (EC2's `vpc-…`, `subnet-…`): `plan` returns placeholders
   * (see deferred.ts) and this finds the resource as it exists, by the owner tags and logical id
   * or through its parent's ids, with its real id and attributes; undefined when it does not
   * exist. The engine calls it before anything changes and after each creation, and hands every
   * other method the planned resource and properties with the placeholders it knows replaced.
   */
  locate?(planned: PlannedResource, properties: Readonly<Record<string, unknown>>, ctx: HandlerContext): Promise<PlannedResource | undefined>;
}
