import type { Filter, ResourceType, ServiceInputTypes, ServiceOutputTypes, Tag, TagSpecification } from '@aws-sdk/client-ec2';
import type { Command } from '@smithy/types';
import { errorCode } from '../../aws/errors.ts';
import type { PropertyScope } from '../../deploy/handlers/properties.ts';
import { hasPlaceholder } from '../../deploy/handlers/deferred.ts';
import type { HandlerContext, Ownership, PlannedResource } from '../../deploy/handlers/types.ts';
import { templateTags, withOwnerTags } from '../iam/handler-support.ts';
import { ec2Client, ec2Sdk, type Ec2Sdk } from './client.ts';

/** What every EC2 deploy handler shares. */

export type Props = Readonly<Record<string, unknown>>;

/**
 * Sends one EC2 command, built from the SDK once it is loaded: `send(ctx, (sdk) => new sdk.CreateVpcCommand({ … }))`.
 * Loading the SDK here rather than at import time keeps it out of commands that never touch EC2.
 */
export async function send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(
  ctx: Pick<HandlerContext, 'clients'>,
  command: (sdk: Ec2Sdk) => Command<ServiceInputTypes, I, ServiceOutputTypes, O, any>,
): Promise<O> {
  const [sdk, factory] = await Promise.all([ec2Sdk(), ec2Client()]);
  return ctx.clients.get(factory).send(command(sdk));
}

/**
 * EC2 picks the ids, so a deployed resource is found again by its tags: the owner tags (lab and
 * learner) and this one, the template's logical id.
 */
export const LOGICAL_ID_TAG = 'nubelab:logical-id';

function ownTags(scope: PropertyScope, tags: unknown, ctx: HandlerContext): Tag[] {
  return withOwnerTags(templateTags(scope, tags), { ...ctx.ownerTags, [LOGICAL_ID_TAG]: ctx.logicalId });
}

/** The template's tags plus the ones that mark the resource as this deployment's, for a Create call. */
export function tagSpecification(scope: PropertyScope, resourceType: ResourceType, tags: unknown, ctx: HandlerContext): TagSpecification[] {
  return [{ ResourceType: resourceType, Tags: ownTags(scope, tags, ctx) }];
}

/** The same tags for CreateTags, on a resource that already exists (a re-deploy). */
export const retagInput = (scope: PropertyScope, id: string, tags: unknown, ctx: HandlerContext) =>
  ({ Resources: [id], Tags: ownTags(scope, tags, ctx) });

/** Describe filters that match this deployment's resource of this logical id, and nothing else. */
export function ownedFilters(ctx: HandlerContext): Filter[] {
  return Object.entries({ ...ctx.ownerTags, [LOGICAL_ID_TAG]: ctx.logicalId }).map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] }));
}

/**
 * A resource whose id EC2 picks is found by this deployment's own tags (or through its parent,
 * found that way), so what exists is ours; what the engine could not locate does not exist.
 */
export async function locatedOwnership(planned: PlannedResource): Promise<Ownership> {
  return hasPlaceholder(planned.physicalId) ? 'absent' : 'ours';
}

export const isLocated = (planned: PlannedResource) => !hasPlaceholder(planned.physicalId);

/** EC2's "no such resource" codes all end in `.NotFound` (InvalidVpcID.NotFound, InvalidRoute.NotFound …). */
export const isNotFound = (error: unknown) => errorCode(error).endsWith('.NotFound');

/** Runs a delete; "already gone" is the wanted state, so it counts as absent. */
export async function deleteIfThere(call: () => Promise<unknown>): Promise<'deleted' | 'absent'> {
  try {
    await call();
    return 'deleted';
  } catch (error) {
    if (isNotFound(error)) return 'absent';
    throw error;
  }
}
