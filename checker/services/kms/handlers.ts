import {
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyRotationCommand,
  ListResourceTagsCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  paginateListAliases,
  paginateListKeys,
  type KeySpec,
  type KeyUsageType,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { errorCode } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { deferredResource, hasPlaceholder } from '../../deploy/handlers/deferred.ts';
import { objectWith, optionalBoolean, optionalInteger, optionalText, text } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, PlannedResource, ResourceHandler } from '../../deploy/handlers/types.ts';
import { templateTags, withOwnerTags } from '../iam/handler-support.ts';
import { documentText } from '../iam/names.ts';
import { KEY_MISSING, kmsClient } from './reader.ts';

type Props = Readonly<Record<string, unknown>>;

const KEY = 'AWS::KMS::Key';
const ALIAS = 'AWS::KMS::Alias';
/** KMS picks key ids, so a deployed key is found again by its tags: the owner tags and this one. */
export const LOGICAL_ID_TAG = 'nubelab:logical-id';
/** The shortest waiting period KMS allows before it deletes a key (and the one the reference uses). */
export const MIN_PENDING_WINDOW_DAYS = 7;

const kms = (ctx: Pick<HandlerContext, 'clients'>): KMSClient => ctx.clients.get(kmsClient);

function keyConfig(ctx: HandlerContext, properties: Props) {
  const scope = { logicalId: ctx.logicalId, type: KEY };
  const p = objectWith(scope, properties, '', [
    'Description', 'Enabled', 'EnableKeyRotation', 'RotationPeriodInDays', 'KeyPolicy', 'KeySpec', 'KeyUsage', 'PendingWindowInDays', 'Tags',
  ]);
  // A disabled key cannot encrypt anything: the engine creates enabled keys only, and says so.
  if (optionalBoolean(scope, p.Enabled, 'Enabled') === false) throw new DeployError('unsupported-property', `${ctx.logicalId} (${KEY}) uses Enabled: false, which the emulator engine does not apply`, { logicalId: ctx.logicalId, type: KEY, property: 'Enabled' });
  return {
    description: optionalText(scope, p.Description, 'Description') ?? '',
    rotation: optionalBoolean(scope, p.EnableKeyRotation, 'EnableKeyRotation') ?? false,
    rotationDays: optionalInteger(scope, p.RotationPeriodInDays, 'RotationPeriodInDays'),
    policy: p.KeyPolicy === undefined ? undefined : documentText(p.KeyPolicy),
    spec: (optionalText(scope, p.KeySpec, 'KeySpec') ?? 'SYMMETRIC_DEFAULT') as KeySpec,
    usage: (optionalText(scope, p.KeyUsage, 'KeyUsage') ?? 'ENCRYPT_DECRYPT') as KeyUsageType,
    pendingDays: optionalInteger(scope, p.PendingWindowInDays, 'PendingWindowInDays') ?? MIN_PENDING_WINDOW_DAYS,
    tags: withOwnerTags(templateTags(scope, p.Tags), { ...ctx.ownerTags, [LOGICAL_ID_TAG]: ctx.logicalId }).map((t) => ({ TagKey: t.Key!, TagValue: t.Value! })),
  };
}

async function tagsOf(ctx: Pick<HandlerContext, 'clients'>, keyId: string): Promise<Record<string, string>> {
  const { Tags = [] } = await kms(ctx).send(new ListResourceTagsCommand({ KeyId: keyId, Limit: 50 }));
  return Object.fromEntries(Tags.map((t) => [t.TagKey ?? '', t.TagValue ?? '']));
}

const ownedBy = (tags: Record<string, string>, wanted: Record<string, string>) => Object.entries(wanted).every(([k, v]) => tags[k] === v);

/** This deployment's key of this logical id, among the keys that are not already waiting to be deleted. */
async function findOwnKey(ctx: HandlerContext) {
  for await (const page of paginateListKeys({ client: kms(ctx) }, {})) {
    for (const { KeyId } of page.Keys ?? []) {
      const { KeyMetadata: key } = await kms(ctx).send(new DescribeKeyCommand({ KeyId }));
      if (!key || key.KeyManager !== 'CUSTOMER' || key.KeyState === 'PendingDeletion') continue;
      if (ownedBy(await tagsOf(ctx, key.KeyId!), { ...ctx.ownerTags, [LOGICAL_ID_TAG]: ctx.logicalId })) return key;
    }
  }
  return undefined;
}

const isLocated = (planned: PlannedResource) => !hasPlaceholder(planned.physicalId);

/**
 * A customer managed key with its policy and rotation. KMS cannot delete a key at once: remove
 * schedules the deletion after the template's waiting period (7 days, the minimum, by default),
 * as CloudFormation does, and the key stays listed as PendingDeletion until then.
 */
export const keyHandler: ResourceHandler = {
  type: KEY,
  plan(properties, ctx) {
    keyConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['Arn', 'KeyId']);
  },
  // Found by this deployment's own tags, so what exists is ours.
  ownership: async (planned) => (isLocated(planned) ? 'ours' : 'absent'),
  async locate(_planned, _properties, ctx) {
    const key = await findOwnKey(ctx);
    return key ? { physicalId: key.KeyId!, attributes: { Arn: key.Arn!, KeyId: key.KeyId! } } : undefined;
  },
  async apply(planned, properties, ctx) {
    const config = keyConfig(ctx, properties);
    let keyId = planned.physicalId;
    if (!isLocated(planned)) {
      const { KeyMetadata } = await kms(ctx).send(new CreateKeyCommand({
        Description: config.description, KeySpec: config.spec, KeyUsage: config.usage, Policy: config.policy, Tags: config.tags,
      }));
      keyId = KeyMetadata!.KeyId!;
    } else {
      if (config.policy) await kms(ctx).send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: config.policy }));
      await kms(ctx).send(new UpdateKeyDescriptionCommand({ KeyId: keyId, Description: config.description }));
      await kms(ctx).send(new TagResourceCommand({ KeyId: keyId, Tags: config.tags }));
    }
    if (config.rotation) await kms(ctx).send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: config.rotationDays }));
    else await kms(ctx).send(new DisableKeyRotationCommand({ KeyId: keyId }));
    return isLocated(planned) ? 'updated' : 'created';
  },
  async remove(planned, properties, ctx) {
    if (!isLocated(planned)) return 'absent';
    const days = keyConfig(ctx, properties).pendingDays;
    try {
      const { DeletionDate } = await kms(ctx).send(new ScheduleKeyDeletionCommand({ KeyId: planned.physicalId, PendingWindowInDays: days }));
      ctx.emit({ kind: 'kms-key-deletion-scheduled', keyId: planned.physicalId, days, deletionDate: DeletionDate?.toISOString() });
      return 'deleted';
    } catch (error) {
      if (KEY_MISSING.includes(errorCode(error))) return 'absent';
      throw error;
    }
  },
};

function aliasConfig(ctx: HandlerContext, properties: Props) {
  const scope = { logicalId: ctx.logicalId, type: ALIAS };
  const p = objectWith(scope, properties, '', ['AliasName', 'TargetKeyId']);
  return { name: text(scope, p.AliasName, 'AliasName'), target: text(scope, p.TargetKeyId, 'TargetKeyId') };
}

async function findAlias(ctx: Pick<HandlerContext, 'clients'>, name: string) {
  for await (const page of paginateListAliases({ client: kms(ctx) }, {})) {
    const alias = (page.Aliases ?? []).find((a) => a.AliasName === name);
    if (alias) return alias;
  }
  return undefined;
}

/** An alias has no tags of its own: it is ours when the key it points to is one this deployment owns. */
async function aliasOwnership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const alias = await findAlias(ctx, name);
  if (!alias) return 'absent';
  if (!alias.TargetKeyId) return 'foreign';
  return ownedBy(await tagsOf(ctx, alias.TargetKeyId), ctx.ownerTags) ? 'ours' : 'foreign';
}

/** `alias/<name>` pointing at a key; re-pointed (UpdateAlias) when it exists and is ours. */
export const aliasHandler: ResourceHandler = {
  type: ALIAS,
  plan(properties, ctx) {
    const { name } = aliasConfig(ctx, properties);
    return { physicalId: name, attributes: {} };
  },
  ownership: (planned, _p, ctx) => aliasOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const { name, target } = aliasConfig(ctx, properties);
    const owner = await aliasOwnership(ctx, name);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `KMS alias ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: ALIAS, physicalId: name });
    }
    if (owner === 'absent') await kms(ctx).send(new CreateAliasCommand({ AliasName: name, TargetKeyId: target }));
    else await kms(ctx).send(new UpdateAliasCommand({ AliasName: name, TargetKeyId: target }));
    return owner === 'absent' ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    if (!(await findAlias(ctx, planned.physicalId))) return 'absent';
    await kms(ctx).send(new DeleteAliasCommand({ AliasName: planned.physicalId }));
    return 'deleted';
  },
};

export const KMS_HANDLERS: readonly ResourceHandler[] = [keyHandler, aliasHandler];
