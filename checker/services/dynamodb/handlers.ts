import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ListTagsOfResourceCommand,
  TagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
  type AttributeDefinition,
  type BillingMode,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  type ProjectionType,
  type ScalarAttributeType,
  type KeyType,
} from '@aws-sdk/client-dynamodb';
import { errorCode } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalBoolean, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { templateTags } from '../iam/handler-support.ts';
import { dynamodbClient } from './reader.ts';

type Props = Readonly<Record<string, unknown>>;

const TYPE = 'AWS::DynamoDB::Table';
const TABLE_PROPS = [
  'TableName', 'KeySchema', 'AttributeDefinitions', 'BillingMode', 'GlobalSecondaryIndexes',
  'PointInTimeRecoverySpecification', 'DeletionProtectionEnabled', 'Tags',
];
/** Creating a table, or deleting one, takes seconds on AWS; a few minutes is the most we wait. */
const WAIT_SECONDS = 300;

const dynamodb = (ctx: Pick<HandlerContext, 'clients'>): DynamoDBClient => ctx.clients.get(dynamodbClient);

function keySchema(scope: PropertyScope, value: unknown, path: string): KeySchemaElement[] {
  return listOf(scope, value, path, (item, at) => {
    const k = objectWith(scope, item, at, ['AttributeName', 'KeyType']);
    return { AttributeName: text(scope, k.AttributeName, `${at}.AttributeName`), KeyType: text(scope, k.KeyType, `${at}.KeyType`) as KeyType };
  });
}

function globalIndex(scope: PropertyScope, item: unknown, at: string): GlobalSecondaryIndex {
  const g = objectWith(scope, item, at, ['IndexName', 'KeySchema', 'Projection']);
  const projection = objectWith(scope, g.Projection, `${at}.Projection`, ['ProjectionType', 'NonKeyAttributes']);
  const nonKey = projection.NonKeyAttributes === undefined
    ? undefined
    : listOf(scope, projection.NonKeyAttributes, `${at}.Projection.NonKeyAttributes`, (a, p) => text(scope, a, p));
  return {
    IndexName: text(scope, g.IndexName, `${at}.IndexName`),
    KeySchema: keySchema(scope, g.KeySchema, `${at}.KeySchema`),
    Projection: { ProjectionType: (optionalText(scope, projection.ProjectionType, `${at}.Projection.ProjectionType`) ?? 'KEYS_ONLY') as ProjectionType, ...(nonKey ? { NonKeyAttributes: nonKey } : {}) },
  };
}

function tableConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: TYPE };
  const p = objectWith(scope, properties, '', TABLE_PROPS);
  const pitr = p.PointInTimeRecoverySpecification === undefined
    ? undefined
    : objectWith(scope, p.PointInTimeRecoverySpecification, 'PointInTimeRecoverySpecification', ['PointInTimeRecoveryEnabled', 'RecoveryPeriodInDays']);
  return {
    name: optionalText(scope, p.TableName, 'TableName'),
    keySchema: keySchema(scope, p.KeySchema, 'KeySchema'),
    attributes: listOf(scope, p.AttributeDefinitions, 'AttributeDefinitions', (item, at): AttributeDefinition => {
      const a = objectWith(scope, item, at, ['AttributeName', 'AttributeType']);
      return { AttributeName: text(scope, a.AttributeName, `${at}.AttributeName`), AttributeType: text(scope, a.AttributeType, `${at}.AttributeType`) as ScalarAttributeType };
    }),
    // CloudFormation's default, like DynamoDB's, is provisioned; this engine applies on-demand tables only.
    billingMode: (optionalText(scope, p.BillingMode, 'BillingMode') ?? 'PROVISIONED') as BillingMode,
    globalIndexes: p.GlobalSecondaryIndexes === undefined ? [] : listOf(scope, p.GlobalSecondaryIndexes, 'GlobalSecondaryIndexes', (item, at) => globalIndex(scope, item, at)),
    pitr: {
      enabled: pitr ? optionalBoolean(scope, pitr.PointInTimeRecoveryEnabled, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled') ?? false : false,
      periodDays: pitr ? optionalInteger(scope, pitr.RecoveryPeriodInDays, 'PointInTimeRecoverySpecification.RecoveryPeriodInDays') : undefined,
    },
    deletionProtection: optionalBoolean(scope, p.DeletionProtectionEnabled, 'DeletionProtectionEnabled') ?? false,
    tags: templateTags(scope, p.Tags),
    scope,
  };
}

type TableConfig = ReturnType<typeof tableConfig>;

function requireOnDemand(config: TableConfig): void {
  // Provisioned tables need ProvisionedThroughput, which this handler does not read: refuse rather than guess capacity.
  if (config.billingMode !== 'PAY_PER_REQUEST') throw new DeployError('unsupported-property', `${config.scope.logicalId} (${TYPE}) is provisioned; the emulator engine applies on-demand (PAY_PER_REQUEST) tables only`, { logicalId: config.scope.logicalId, type: TYPE, property: 'BillingMode' });
}

async function describe(ctx: HandlerContext, name: string) {
  try {
    return (await dynamodb(ctx).send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (errorCode(error) === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function ownership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const table = await describe(ctx, name);
  if (!table?.TableArn) return 'absent';
  const { Tags = [] } = await dynamodb(ctx).send(new ListTagsOfResourceCommand({ ResourceArn: table.TableArn }));
  const tags = Object.fromEntries(Tags.map((t) => [t.Key, t.Value]));
  return Object.entries(ctx.ownerTags).every(([k, v]) => tags[k] === v) ? 'ours' : 'foreign';
}

const sameKeys = (a: KeySchemaElement[] | undefined, b: KeySchemaElement[]) =>
  JSON.stringify((a ?? []).map((k) => [k.AttributeName, k.KeyType])) === JSON.stringify(b.map((k) => [k.AttributeName, k.KeyType]));

/** Keys and indexes cannot be changed in place like the other settings: an existing table that differs is refused, not rebuilt. */
async function requireSameShape(ctx: HandlerContext, name: string, config: TableConfig): Promise<void> {
  const table = await describe(ctx, name);
  const indexes = (table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
  const wanted = config.globalIndexes.map((i) => i.IndexName).sort();
  if (!sameKeys(table?.KeySchema, config.keySchema) || JSON.stringify(indexes) !== JSON.stringify(wanted)) {
    throw new DeployError('resource-exists', `Table ${name} exists with other keys or indexes; destroy the lab first`, { logicalId: ctx.logicalId, type: TYPE, physicalId: name });
  }
}

async function applyPointInTimeRecovery(ctx: HandlerContext, name: string, config: TableConfig): Promise<void> {
  await dynamodb(ctx).send(new UpdateContinuousBackupsCommand({
    TableName: name,
    PointInTimeRecoverySpecification: {
      PointInTimeRecoveryEnabled: config.pitr.enabled,
      ...(config.pitr.enabled && config.pitr.periodDays !== undefined ? { RecoveryPeriodInDays: config.pitr.periodDays } : {}),
    },
  }));
}

async function turnOffDeletionProtection(name: string, ctx: Pick<HandlerContext, 'clients' | 'emit'>): Promise<void> {
  let table;
  try {
    table = (await dynamodb(ctx).send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (errorCode(error) === 'ResourceNotFoundException') return;
    throw error;
  }
  if (!table?.DeletionProtectionEnabled) return;
  await dynamodb(ctx).send(new UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: false }));
  ctx.emit({ kind: 'deletion-protection-removed', table: name });
}

async function deleteTable(ctx: HandlerContext, name: string): Promise<void> {
  await turnOffDeletionProtection(name, ctx);
  await dynamodb(ctx).send(new DeleteTableCommand({ TableName: name }));
  await waitUntilTableNotExists({ client: dynamodb(ctx), maxWaitTime: WAIT_SECONDS }, { TableName: name });
}

/** A DynamoDB table with its keys, on-demand capacity, global secondary indexes, point-in-time recovery and deletion protection. */
export const tableHandler: ResourceHandler = {
  type: TYPE,
  plan(properties, ctx) {
    const config = tableConfig(ctx.logicalId, properties);
    requireOnDemand(config);
    const name = config.name ?? `${ctx.pseudo.stackName}-${ctx.logicalId}`.slice(0, 255);
    const arn = `arn:${ctx.pseudo.partition}:dynamodb:${ctx.pseudo.region}:${ctx.pseudo.accountId}:table/${name}`;
    return { physicalId: name, attributes: { Arn: arn } };
  },
  ownership: (planned, _p, ctx) => ownership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = tableConfig(ctx.logicalId, properties);
    const name = planned.physicalId;
    const tags = [...config.tags.filter((t) => !((t.Key ?? '') in ctx.ownerTags)), ...Object.entries(ctx.ownerTags).map(([Key, Value]) => ({ Key, Value }))];
    const owner = await ownership(ctx, name);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `Table ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: TYPE, physicalId: name });
    }
    if (owner === 'absent') {
      await dynamodb(ctx).send(new CreateTableCommand({
        TableName: name,
        KeySchema: config.keySchema,
        AttributeDefinitions: config.attributes,
        BillingMode: config.billingMode,
        ...(config.globalIndexes.length ? { GlobalSecondaryIndexes: config.globalIndexes } : {}),
        DeletionProtectionEnabled: config.deletionProtection,
        Tags: tags,
      }));
      await waitUntilTableExists({ client: dynamodb(ctx), maxWaitTime: WAIT_SECONDS }, { TableName: name });
    } else {
      await requireSameShape(ctx, name, config);
      await dynamodb(ctx).send(new TagResourceCommand({ ResourceArn: String(planned.attributes.Arn), Tags: tags }));
      await dynamodb(ctx).send(new UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: config.deletionProtection }));
    }
    try {
      await applyPointInTimeRecovery(ctx, name, config);
    } catch (error) {
      if (owner === 'absent') await deleteTable(ctx, name);
      throw error;
    }
    return owner === 'absent' ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    if ((await ownership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await deleteTable(ctx, planned.physicalId);
    return 'deleted';
  },
  /** A protected table refuses DeleteTable: destroy turns the protection off first, and says so. */
  beforeDestroy: turnOffDeletionProtection,
};
