import {
  CreateWorkGroupCommand,
  DeleteWorkGroupCommand,
  GetWorkGroupCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateWorkGroupCommand,
  type AthenaClient,
  type EncryptionOption,
  type WorkGroupConfiguration,
  type WorkGroupState,
} from '@aws-sdk/client-athena';
import { isDeepStrictEqual } from 'node:util';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalBoolean, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { athenaClient } from './reader.ts';

type Props = Readonly<Record<string, unknown>>;

const TYPE = 'AWS::Athena::WorkGroup';
const athena = (ctx: Pick<HandlerContext, 'clients'>): AthenaClient => ctx.clients.get(athenaClient);

function resultConfiguration(scope: PropertyScope, value: unknown) {
  const where = 'WorkGroupConfiguration.ResultConfiguration';
  const r = objectWith(scope, value, where, ['OutputLocation', 'EncryptionConfiguration', 'ExpectedBucketOwner']);
  const e = r.EncryptionConfiguration === undefined ? undefined : objectWith(scope, r.EncryptionConfiguration, `${where}.EncryptionConfiguration`, ['EncryptionOption', 'KmsKey']);
  return {
    OutputLocation: optionalText(scope, r.OutputLocation, `${where}.OutputLocation`),
    ExpectedBucketOwner: optionalText(scope, r.ExpectedBucketOwner, `${where}.ExpectedBucketOwner`),
    EncryptionConfiguration: e && {
      EncryptionOption: text(scope, e.EncryptionOption, `${where}.EncryptionConfiguration.EncryptionOption`) as EncryptionOption,
      KmsKey: optionalText(scope, e.KmsKey, `${where}.EncryptionConfiguration.KmsKey`),
    },
  };
}

function workGroupConfiguration(scope: PropertyScope, value: unknown): WorkGroupConfiguration {
  const where = 'WorkGroupConfiguration';
  const c = objectWith(scope, value, where, [
    'EnforceWorkGroupConfiguration', 'PublishCloudWatchMetricsEnabled', 'BytesScannedCutoffPerQuery', 'RequesterPaysEnabled', 'EngineVersion', 'ResultConfiguration',
  ]);
  const engine = c.EngineVersion === undefined ? undefined : objectWith(scope, c.EngineVersion, `${where}.EngineVersion`, ['SelectedEngineVersion']);
  const config: WorkGroupConfiguration = {
    EnforceWorkGroupConfiguration: optionalBoolean(scope, c.EnforceWorkGroupConfiguration, `${where}.EnforceWorkGroupConfiguration`),
    PublishCloudWatchMetricsEnabled: optionalBoolean(scope, c.PublishCloudWatchMetricsEnabled, `${where}.PublishCloudWatchMetricsEnabled`),
    BytesScannedCutoffPerQuery: optionalInteger(scope, c.BytesScannedCutoffPerQuery, `${where}.BytesScannedCutoffPerQuery`),
    RequesterPaysEnabled: optionalBoolean(scope, c.RequesterPaysEnabled, `${where}.RequesterPaysEnabled`),
    EngineVersion: engine && { SelectedEngineVersion: optionalText(scope, engine.SelectedEngineVersion, `${where}.EngineVersion.SelectedEngineVersion`) },
    ResultConfiguration: c.ResultConfiguration === undefined ? undefined : resultConfiguration(scope, c.ResultConfiguration),
  };
  return JSON.parse(JSON.stringify(config)) as WorkGroupConfiguration; // drops the settings left unset
}

function workGroupConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: TYPE };
  const p = objectWith(scope, properties, '', ['Name', 'Description', 'State', 'RecursiveDeleteOption', 'WorkGroupConfiguration', 'Tags']);
  return {
    name: text(scope, p.Name, 'Name'),
    description: optionalText(scope, p.Description, 'Description'),
    state: optionalText(scope, p.State, 'State') as WorkGroupState | undefined,
    // Without it, Athena refuses to delete a workgroup that still holds queries.
    recursiveDelete: optionalBoolean(scope, p.RecursiveDeleteOption, 'RecursiveDeleteOption') ?? false,
    configuration: p.WorkGroupConfiguration === undefined ? {} : workGroupConfiguration(scope, p.WorkGroupConfiguration),
    tags: p.Tags === undefined ? [] : listOf(scope, p.Tags, 'Tags', (item, path) => {
      const t = objectWith(scope, item, path, ['Key', 'Value']);
      return { Key: text(scope, t.Key, `${path}.Key`), Value: text(scope, t.Value, `${path}.Value`) };
    }),
  };
}

const workGroupArn = (ctx: HandlerContext, name: string) => `arn:${ctx.pseudo.partition}:athena:${ctx.pseudo.region}:${ctx.pseudo.accountId}:workgroup/${name}`;

async function current(ctx: HandlerContext, name: string) {
  // moto answers a missing workgroup with `WorkGroup: null`; AWS with InvalidRequestException.
  const out = await orUndefinedWhen(['InvalidRequestException'], () => athena(ctx).send(new GetWorkGroupCommand({ WorkGroup: name })));
  return out?.WorkGroup ?? undefined;
}

async function ownership(ctx: HandlerContext, name: string): Promise<Ownership> {
  if (!(await current(ctx, name))) return 'absent';
  const { Tags = [] } = await athena(ctx).send(new ListTagsForResourceCommand({ ResourceARN: workGroupArn(ctx, name) }));
  const tags = Object.fromEntries(Tags.map((t) => [t.Key, t.Value]));
  return Object.entries(ctx.ownerTags).every(([k, v]) => tags[k] === v) ? 'ours' : 'foreign';
}

/** Whether every setting the template states already has that value (what Athena adds by default is not compared). */
function alreadyConfigured(existing: WorkGroupConfiguration | undefined, wanted: WorkGroupConfiguration): boolean {
  const have = (existing ?? {}) as Record<string, unknown>;
  return Object.entries(wanted).every(([key, value]) => {
    if (key === 'EngineVersion') return (existing?.EngineVersion?.SelectedEngineVersion ?? 'AUTO') === (value as { SelectedEngineVersion?: string }).SelectedEngineVersion;
    return isDeepStrictEqual(JSON.parse(JSON.stringify(have[key] ?? null)), value);
  });
}

/** An Athena workgroup: where its queries' results go, how they are encrypted, and whether clients may override that. */
export const workGroupHandler: ResourceHandler = {
  type: TYPE,
  plan(properties, ctx) {
    const { name } = workGroupConfig(ctx.logicalId, properties);
    return { physicalId: name, attributes: {} };
  },
  ownership: (planned, _p, ctx) => ownership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = workGroupConfig(ctx.logicalId, properties);
    const name = planned.physicalId;
    const tags = [...config.tags.filter((t) => !(t.Key in ctx.ownerTags)), ...Object.entries(ctx.ownerTags).map(([Key, Value]) => ({ Key, Value }))];
    const owner = await ownership(ctx, name);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `Workgroup ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: TYPE, physicalId: name });
    }
    if (owner === 'absent') {
      await athena(ctx).send(new CreateWorkGroupCommand({ Name: name, Description: config.description, Configuration: config.configuration, Tags: tags }));
      if (config.state === 'DISABLED') await athena(ctx).send(new UpdateWorkGroupCommand({ WorkGroup: name, State: 'DISABLED' }));
      return 'created';
    }
    const existing = await current(ctx, name);
    // Only a real difference is sent: a redeploy of the same template changes nothing.
    const sameState = (existing?.State ?? 'ENABLED') === (config.state ?? 'ENABLED');
    if (!alreadyConfigured(existing?.Configuration, config.configuration) || !sameState || (existing?.Description ?? '') !== (config.description ?? '')) {
      const { ResultConfiguration, ...rest } = config.configuration;
      await athena(ctx).send(new UpdateWorkGroupCommand({
        WorkGroup: name, Description: config.description, State: config.state ?? 'ENABLED',
        ConfigurationUpdates: { ...rest, ResultConfigurationUpdates: ResultConfiguration ?? { RemoveOutputLocation: true, RemoveEncryptionConfiguration: true } },
      }));
    }
    await athena(ctx).send(new TagResourceCommand({ ResourceARN: workGroupArn(ctx, name), Tags: tags }));
    return 'updated';
  },
  async remove(planned, properties, ctx) {
    if ((await ownership(ctx, planned.physicalId)) === 'absent') return 'absent';
    const { recursiveDelete } = workGroupConfig(ctx.logicalId, properties);
    await athena(ctx).send(new DeleteWorkGroupCommand({ WorkGroup: planned.physicalId, RecursiveDeleteOption: recursiveDelete }));
    return 'deleted';
  },
};

export const ATHENA_HANDLERS: readonly ResourceHandler[] = [workGroupHandler];
