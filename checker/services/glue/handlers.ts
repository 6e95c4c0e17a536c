import {
  CreateCrawlerCommand,
  CreateDatabaseCommand,
  CreateJobCommand,
  DeleteCrawlerCommand,
  DeleteDatabaseCommand,
  DeleteJobCommand,
  GetCrawlerCommand,
  GetDatabaseCommand,
  GetJobCommand,
  GetTagsCommand,
  UpdateDatabaseCommand,
  type GlueClient,
} from '@aws-sdk/client-glue';
import { errorCode } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { glueClient } from './reader.ts';

/**
 * The Glue resources a lab deploys on the emulator: a Data Catalog database, a crawler and a job.
 * moto 5.2.5 has no UpdateJob nor UpdateCrawler, so bringing an existing crawler or job of ours
 * in line deletes and recreates it with the template's configuration (its run history goes with it).
 */

type Props = Readonly<Record<string, unknown>>;

const glue = (ctx: Pick<HandlerContext, 'clients'>): GlueClient => ctx.clients.get(glueClient);

async function ignoreMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (errorCode(error) === 'EntityNotFoundException') return undefined;
    throw error;
  }
}

const glueArn = (ctx: HandlerContext, kind: string, name: string) => `arn:${ctx.pseudo.partition}:glue:${ctx.pseudo.region}:${ctx.pseudo.accountId}:${kind}/${name}`;

/** Whether a resource that exists carries this deployment's owner tags. */
async function ownershipByTags(ctx: HandlerContext, exists: () => Promise<unknown>, arn: string): Promise<Ownership> {
  if ((await ignoreMissing(exists)) === undefined) return 'absent';
  const { Tags = {} } = await glue(ctx).send(new GetTagsCommand({ ResourceArn: arn }));
  return Object.entries(ctx.ownerTags).every(([k, v]) => Tags[k] === v) ? 'ours' : 'foreign';
}

function refuseForeign(ctx: HandlerContext, type: string, what: string, name: string): never {
  throw new DeployError('resource-exists', `${what} ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type, physicalId: name });
}

/** A CloudFormation `Json` map of strings (Glue's Tags and DefaultArguments). */
function stringMap(scope: PropertyScope, value: unknown, property: string): Record<string, string> {
  if (value === undefined) return {};
  const map = objectWith(scope, value, property, Object.keys((value ?? {}) as object));
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, text(scope, v, `${property}.${k}`)]));
}

/** CloudFormation accepts numbers written as strings; Glue's MaxCapacity is fractional (0.0625). */
function optionalNumber(scope: PropertyScope, value: unknown, property: string): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) {
    throw new DeployError('template-error', `${scope.logicalId}.${property}: expected a number, got ${JSON.stringify(value)}`, {
      path: `Resources.${scope.logicalId}.Properties.${property}`,
      reason: 'expected a number',
    });
  }
  return number;
}

// ── AWS::Glue::Database ───────────────────────────────────────────────────────────────────────

const DATABASE = 'AWS::Glue::Database';

function databaseConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: DATABASE };
  const p = objectWith(scope, properties, '', ['CatalogId', 'DatabaseInput']);
  const input = objectWith(scope, p.DatabaseInput, 'DatabaseInput', ['Name', 'Description', 'LocationUri']);
  return {
    catalogId: text(scope, p.CatalogId, 'CatalogId'),
    input: {
      Name: text(scope, input.Name, 'DatabaseInput.Name'),
      Description: optionalText(scope, input.Description, 'DatabaseInput.Description'),
      LocationUri: optionalText(scope, input.LocationUri, 'DatabaseInput.LocationUri'),
    },
  };
}

const databaseOwnership = (ctx: HandlerContext, name: string) =>
  ownershipByTags(ctx, () => glue(ctx).send(new GetDatabaseCommand({ Name: name })), glueArn(ctx, 'database', name));

export const databaseHandler: ResourceHandler = {
  type: DATABASE,
  plan(properties, ctx) {
    const { input } = databaseConfig(ctx.logicalId, properties);
    return { physicalId: input.Name, attributes: {} };
  },
  ownership: (planned, _p, ctx) => databaseOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const { catalogId, input } = databaseConfig(ctx.logicalId, properties);
    const owner = await databaseOwnership(ctx, planned.physicalId);
    if (owner === 'foreign') refuseForeign(ctx, DATABASE, 'Database', planned.physicalId);
    if (owner === 'absent') {
      await glue(ctx).send(new CreateDatabaseCommand({ CatalogId: catalogId, DatabaseInput: input, Tags: { ...ctx.ownerTags } }));
      return 'created';
    }
    await glue(ctx).send(new UpdateDatabaseCommand({ CatalogId: catalogId, Name: input.Name, DatabaseInput: input }));
    return 'updated';
  },
  async remove(planned, _properties, ctx) {
    // Deleting a database deletes its tables (the crawler's too): the data in S3 stays.
    if ((await databaseOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await glue(ctx).send(new DeleteDatabaseCommand({ Name: planned.physicalId }));
    return 'deleted';
  },
};

// ── AWS::Glue::Crawler ────────────────────────────────────────────────────────────────────────

const CRAWLER = 'AWS::Glue::Crawler';
const CRAWLER_PROPS = ['Name', 'Role', 'DatabaseName', 'Targets', 'TablePrefix', 'Description', 'SchemaChangePolicy', 'Tags'];

function crawlerConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: CRAWLER };
  const p = objectWith(scope, properties, '', CRAWLER_PROPS);
  const targets = objectWith(scope, p.Targets, 'Targets', ['S3Targets']);
  const policy = p.SchemaChangePolicy === undefined ? undefined : objectWith(scope, p.SchemaChangePolicy, 'SchemaChangePolicy', ['UpdateBehavior', 'DeleteBehavior']);
  return {
    name: optionalText(scope, p.Name, 'Name'),
    role: text(scope, p.Role, 'Role'),
    database: text(scope, p.DatabaseName, 'DatabaseName'),
    s3Targets: listOf(scope, targets.S3Targets, 'Targets.S3Targets', (item, path) => {
      const t = objectWith(scope, item, path, ['Path', 'Exclusions']);
      return { Path: text(scope, t.Path, `${path}.Path`), Exclusions: t.Exclusions === undefined ? undefined : listOf(scope, t.Exclusions, `${path}.Exclusions`, (e, ep) => text(scope, e, ep)) };
    }),
    tablePrefix: optionalText(scope, p.TablePrefix, 'TablePrefix'),
    description: optionalText(scope, p.Description, 'Description'),
    schemaChangePolicy: policy && {
      UpdateBehavior: optionalText(scope, policy.UpdateBehavior, 'SchemaChangePolicy.UpdateBehavior') as 'LOG' | 'UPDATE_IN_DATABASE' | undefined,
      DeleteBehavior: optionalText(scope, policy.DeleteBehavior, 'SchemaChangePolicy.DeleteBehavior') as 'LOG' | 'DELETE_FROM_DATABASE' | 'DEPRECATE_IN_DATABASE' | undefined,
    },
    tags: stringMap(scope, p.Tags, 'Tags'),
  };
}

const generatedName = (ctx: HandlerContext) => `${ctx.pseudo.stackName}-${ctx.logicalId}`.slice(0, 255);

const crawlerOwnership = (ctx: HandlerContext, name: string) =>
  ownershipByTags(ctx, () => glue(ctx).send(new GetCrawlerCommand({ Name: name })), glueArn(ctx, 'crawler', name));

export const crawlerHandler: ResourceHandler = {
  type: CRAWLER,
  plan(properties, ctx) {
    return { physicalId: crawlerConfig(ctx.logicalId, properties).name ?? generatedName(ctx), attributes: {} };
  },
  ownership: (planned, _p, ctx) => crawlerOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = crawlerConfig(ctx.logicalId, properties);
    const owner = await crawlerOwnership(ctx, planned.physicalId);
    if (owner === 'foreign') refuseForeign(ctx, CRAWLER, 'Crawler', planned.physicalId);
    if (owner === 'ours') await glue(ctx).send(new DeleteCrawlerCommand({ Name: planned.physicalId }));
    await glue(ctx).send(new CreateCrawlerCommand({
      Name: planned.physicalId, Role: config.role, DatabaseName: config.database, Targets: { S3Targets: config.s3Targets },
      TablePrefix: config.tablePrefix, Description: config.description, SchemaChangePolicy: config.schemaChangePolicy,
      Tags: { ...config.tags, ...ctx.ownerTags },
    }));
    return owner === 'absent' ? 'created' : 'updated';
  },
  async remove(planned, _properties, ctx) {
    if ((await crawlerOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await glue(ctx).send(new DeleteCrawlerCommand({ Name: planned.physicalId }));
    return 'deleted';
  },
};

// ── AWS::Glue::Job ────────────────────────────────────────────────────────────────────────────

const JOB = 'AWS::Glue::Job';
const JOB_PROPS = ['Name', 'Role', 'Command', 'DefaultArguments', 'Description', 'GlueVersion', 'MaxCapacity', 'Timeout', 'MaxRetries', 'WorkerType', 'NumberOfWorkers', 'ExecutionProperty', 'Tags'];

function jobConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: JOB };
  const p = objectWith(scope, properties, '', JOB_PROPS);
  const command = objectWith(scope, p.Command, 'Command', ['Name', 'ScriptLocation', 'PythonVersion']);
  const execution = p.ExecutionProperty === undefined ? undefined : objectWith(scope, p.ExecutionProperty, 'ExecutionProperty', ['MaxConcurrentRuns']);
  return {
    name: optionalText(scope, p.Name, 'Name'),
    role: text(scope, p.Role, 'Role'),
    command: {
      Name: text(scope, command.Name, 'Command.Name'),
      ScriptLocation: text(scope, command.ScriptLocation, 'Command.ScriptLocation'),
      PythonVersion: optionalText(scope, command.PythonVersion, 'Command.PythonVersion'),
    },
    defaultArguments: stringMap(scope, p.DefaultArguments, 'DefaultArguments'),
    description: optionalText(scope, p.Description, 'Description'),
    glueVersion: optionalText(scope, p.GlueVersion, 'GlueVersion'),
    maxCapacity: optionalNumber(scope, p.MaxCapacity, 'MaxCapacity'),
    timeout: optionalInteger(scope, p.Timeout, 'Timeout'),
    maxRetries: optionalInteger(scope, p.MaxRetries, 'MaxRetries'),
    workerType: optionalText(scope, p.WorkerType, 'WorkerType') as 'G.1X' | undefined,
    numberOfWorkers: optionalInteger(scope, p.NumberOfWorkers, 'NumberOfWorkers'),
    maxConcurrentRuns: execution && optionalInteger(scope, execution.MaxConcurrentRuns, 'ExecutionProperty.MaxConcurrentRuns'),
    tags: stringMap(scope, p.Tags, 'Tags'),
  };
}

const jobOwnership = (ctx: HandlerContext, name: string) =>
  ownershipByTags(ctx, () => glue(ctx).send(new GetJobCommand({ JobName: name })), glueArn(ctx, 'job', name));

export const jobHandler: ResourceHandler = {
  type: JOB,
  plan(properties, ctx) {
    return { physicalId: jobConfig(ctx.logicalId, properties).name ?? generatedName(ctx), attributes: {} };
  },
  ownership: (planned, _p, ctx) => jobOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const c = jobConfig(ctx.logicalId, properties);
    const owner = await jobOwnership(ctx, planned.physicalId);
    if (owner === 'foreign') refuseForeign(ctx, JOB, 'Job', planned.physicalId);
    if (owner === 'ours') await glue(ctx).send(new DeleteJobCommand({ JobName: planned.physicalId }));
    await glue(ctx).send(new CreateJobCommand({
      Name: planned.physicalId, Role: c.role, Command: c.command, DefaultArguments: c.defaultArguments, Description: c.description,
      GlueVersion: c.glueVersion, MaxCapacity: c.maxCapacity, Timeout: c.timeout, MaxRetries: c.maxRetries, WorkerType: c.workerType,
      NumberOfWorkers: c.numberOfWorkers, ExecutionProperty: c.maxConcurrentRuns === undefined ? undefined : { MaxConcurrentRuns: c.maxConcurrentRuns },
      Tags: { ...c.tags, ...ctx.ownerTags },
    }));
    return owner === 'absent' ? 'created' : 'updated';
  },
  async remove(planned, _properties, ctx) {
    if ((await jobOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await glue(ctx).send(new DeleteJobCommand({ JobName: planned.physicalId }));
    return 'deleted';
  },
};

export const GLUE_HANDLERS: readonly ResourceHandler[] = [databaseHandler, crawlerHandler, jobHandler];
