import type { IAMClient, Tag } from '@aws-sdk/client-iam';
import { errorCode } from '../../aws/errors.ts';
import { listOf, objectWith, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext } from '../../deploy/handlers/types.ts';
import { documentText } from './names.ts';
import { iamClient } from './reader.ts';

/** What every IAM deploy handler (and the iam-users setup step) shares. */

export type Props = Readonly<Record<string, unknown>>;

export const iam = (ctx: Pick<HandlerContext, 'clients'>): IAMClient => ctx.clients.get(iamClient);

export const isMissing = (error: unknown) => ['NoSuchEntity', 'NoSuchEntityException'].includes(errorCode(error));

/** Runs an IAM call whose "not found" answer means there is nothing to do. */
export async function ignoreMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Whether a resource's tags include every owner tag of this deployment. */
export function hasOwnerTags(tags: readonly Tag[] | undefined, ownerTags: Readonly<Record<string, string>>): boolean {
  const found = new Map((tags ?? []).map((t) => [t.Key, t.Value]));
  return Object.entries(ownerTags).every(([key, value]) => found.get(key) === value);
}

/** A template's `Tags` list, read strictly. */
export function templateTags(scope: PropertyScope, value: unknown): Tag[] {
  return value === undefined ? [] : listOf(scope, value, 'Tags', (item, path) => {
    const t = objectWith(scope, item, path, ['Key', 'Value']);
    return { Key: text(scope, t.Key, `${path}.Key`), Value: text(scope, t.Value, `${path}.Value`) };
  });
}

/** The template's tags plus the owner tags, which mark the resource as deployed by NubeLab. */
export function withOwnerTags(tags: readonly Tag[], ownerTags: Readonly<Record<string, string>>): Tag[] {
  const out = [...tags];
  for (const [Key, Value] of Object.entries(ownerTags)) if (!out.some((t) => t.Key === Key)) out.push({ Key, Value });
  return out;
}

/** A list of names (roles, users, groups, policy ARNs); absent means none. */
export const names = (scope: PropertyScope, value: unknown, property: string) =>
  value === undefined ? [] : listOf(scope, value, property, (item, path) => text(scope, item, path));

/** A template's inline `Policies`, each with its document as JSON text. */
export function inlinePolicies(scope: PropertyScope, value: unknown) {
  return value === undefined ? [] : listOf(scope, value, 'Policies', (item, path) => {
    const policy = objectWith(scope, item, path, ['PolicyName', 'PolicyDocument']);
    return { name: text(scope, policy.PolicyName, `${path}.PolicyName`), document: documentText(policy.PolicyDocument) };
  });
}
