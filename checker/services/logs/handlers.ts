import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalInteger, optionalText, text } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { defineClient } from '../service.ts';

export const logsClient = defineClient('CloudWatchLogs', (config) => new CloudWatchLogsClient(config));

const TYPE = 'AWS::Logs::LogGroup';
const logs = (ctx: Pick<HandlerContext, 'clients'>) => ctx.clients.get(logsClient);

function groupConfig(logicalId: string, properties: Readonly<Record<string, unknown>>) {
  const scope = { logicalId, type: TYPE };
  const p = objectWith(scope, properties, '', ['LogGroupName', 'RetentionInDays', 'Tags']);
  return {
    name: optionalText(scope, p.LogGroupName, 'LogGroupName'),
    retentionDays: optionalInteger(scope, p.RetentionInDays, 'RetentionInDays'),
    tags: p.Tags === undefined ? {} : Object.fromEntries(listOf(scope, p.Tags, 'Tags', (item, path) => {
      const t = objectWith(scope, item, path, ['Key', 'Value']);
      return [text(scope, t.Key, `${path}.Key`), text(scope, t.Value, `${path}.Value`)];
    })),
  };
}

const groupArn = (ctx: HandlerContext, name: string) => `arn:${ctx.pseudo.partition}:logs:${ctx.pseudo.region}:${ctx.pseudo.accountId}:log-group:${name}`;

async function ownership(ctx: HandlerContext, name: string): Promise<Ownership> {
  // Existence first: moto answers ListTagsForResource for a group that does not exist with no tags.
  const { logGroups = [] } = await logs(ctx).send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }));
  if (!logGroups.some((g) => g.logGroupName === name)) return 'absent';
  const { tags = {} } = await logs(ctx).send(new ListTagsForResourceCommand({ resourceArn: groupArn(ctx, name) }));
  return Object.entries(ctx.ownerTags).every(([k, v]) => tags[k] === v) ? 'ours' : 'foreign';
}

/** A log group, e.g. the one a Lambda function writes to, with its retention so logs do not pile up forever. */
export const logGroupHandler: ResourceHandler = {
  type: TYPE,
  plan(properties, ctx) {
    const name = groupConfig(ctx.logicalId, properties).name ?? `${ctx.pseudo.stackName}-${ctx.logicalId}`;
    return { physicalId: name, attributes: { Arn: `${groupArn(ctx, name)}:*` } };
  },
  ownership: (planned, _p, ctx) => ownership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = groupConfig(ctx.logicalId, properties);
    const name = planned.physicalId;
    const tags = { ...config.tags, ...ctx.ownerTags };
    const owner = await ownership(ctx, name);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `Log group ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: TYPE, physicalId: name });
    }
    if (owner === 'absent') await logs(ctx).send(new CreateLogGroupCommand({ logGroupName: name, tags }));
    else await logs(ctx).send(new TagResourceCommand({ resourceArn: groupArn(ctx, name), tags }));
    if (config.retentionDays !== undefined) await logs(ctx).send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: config.retentionDays }));
    else if (owner === 'ours') await logs(ctx).send(new DeleteRetentionPolicyCommand({ logGroupName: name }));
    return owner === 'absent' ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    if ((await ownership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await logs(ctx).send(new DeleteLogGroupCommand({ logGroupName: planned.physicalId }));
    return 'deleted';
  },
};
