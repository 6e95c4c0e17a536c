import {
  AddPermissionCommand,
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetPolicyCommand,
  RemovePermissionCommand,
  TagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  type Architecture,
  type LambdaClient,
  type Runtime,
} from '@aws-sdk/client-lambda';
import { errorCode } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { lambdaClient } from './reader.ts';

type Props = Readonly<Record<string, unknown>>;

const lambda = (ctx: Pick<HandlerContext, 'clients'>): LambdaClient => ctx.clients.get(lambdaClient);
const isMissing = (error: unknown) => errorCode(error) === 'ResourceNotFoundException';

async function ignoreMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** CloudFormation's generated physical names: `<stack>-<logicalId>-<suffix>`, within Lambda's 64 characters. */
function generatedName(ctx: HandlerContext): string {
  return `${ctx.pseudo.stackName}-${ctx.logicalId}`.slice(0, 64);
}

// ── AWS::Lambda::Function ─────────────────────────────────────────────────────────────────────

const FUNCTION = 'AWS::Lambda::Function';
const FUNCTION_PROPS = ['FunctionName', 'Code', 'Handler', 'Runtime', 'Role', 'Timeout', 'MemorySize', 'Environment', 'Architectures', 'Description', 'Tags'];

function functionConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: FUNCTION };
  const p = objectWith(scope, properties, '', FUNCTION_PROPS);
  const code = objectWith(scope, p.Code, 'Code', ['ZipFile', 'S3Bucket', 'S3Key']);
  const environment = p.Environment === undefined ? undefined : objectWith(scope, p.Environment, 'Environment', ['Variables']);
  const variables = environment?.Variables === undefined ? undefined : objectWith(scope, environment.Variables, 'Environment.Variables', Object.keys(environment.Variables as object));
  return {
    scope,
    name: optionalText(scope, p.FunctionName, 'FunctionName'),
    code: {
      inline: optionalText(scope, code.ZipFile, 'Code.ZipFile'),
      s3Bucket: optionalText(scope, code.S3Bucket, 'Code.S3Bucket'),
      s3Key: optionalText(scope, code.S3Key, 'Code.S3Key'),
    },
    handler: optionalText(scope, p.Handler, 'Handler'),
    runtime: optionalText(scope, p.Runtime, 'Runtime') as Runtime | undefined,
    role: text(scope, p.Role, 'Role'),
    timeout: optionalInteger(scope, p.Timeout, 'Timeout'),
    memory: optionalInteger(scope, p.MemorySize, 'MemorySize'),
    environment: variables && Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, text(scope, v, `Environment.Variables.${k}`)])),
    architectures: p.Architectures === undefined ? undefined : listOf(scope, p.Architectures, 'Architectures', (a, path) => text(scope, a, path) as Architecture),
    description: optionalText(scope, p.Description, 'Description'),
    tags: p.Tags === undefined ? [] : listOf(scope, p.Tags, 'Tags', (item, path) => {
      const t = objectWith(scope, item, path, ['Key', 'Value']);
      return [text(scope, t.Key, `${path}.Key`), text(scope, t.Value, `${path}.Value`)] as const;
    }),
  };
}

type FunctionConfig = ReturnType<typeof functionConfig>;

/**
 * The deployment package as bytes. Inline code (`ZipFile`) is one `index` file, as CloudFormation
 * writes it; an S3 key must be one of the stack's own assets, which the engine zips itself instead
 * of uploading it to a bootstrap bucket first.
 */
async function packageOf(config: FunctionConfig, ctx: HandlerContext): Promise<Uint8Array> {
  if (config.code.inline !== undefined) {
    const { zipSync, strToU8 } = await import('fflate');
    const file = config.runtime?.startsWith('python') ? 'index.py' : 'index.js';
    return zipSync({ [file]: strToU8(config.code.inline) });
  }
  const key = config.code.s3Key;
  const zip = key === undefined ? undefined : await ctx.assets.zip(key);
  if (!zip) {
    throw new DeployError('template-error', `${config.scope.logicalId}.Code: ${key ?? 'no code'} is not an asset of this stack`, {
      path: `Resources.${config.scope.logicalId}.Properties.Code`,
      reason: 'the code must be inline or one of the stack\'s assets',
    });
  }
  return zip;
}

async function functionOwnership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const fn = await ignoreMissing(() => lambda(ctx).send(new GetFunctionCommand({ FunctionName: name })));
  if (!fn) return 'absent';
  const tags = fn.Tags ?? {};
  return Object.entries(ctx.ownerTags).every(([k, v]) => tags[k] === v) ? 'ours' : 'foreign';
}

export const functionHandler: ResourceHandler = {
  type: FUNCTION,
  plan(properties, ctx) {
    const config = functionConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedName(ctx);
    return { physicalId: name, attributes: { Arn: `arn:${ctx.pseudo.partition}:lambda:${ctx.pseudo.region}:${ctx.pseudo.accountId}:function:${name}` } };
  },
  ownership: (planned, _p, ctx) => functionOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = functionConfig(ctx.logicalId, properties);
    const client = lambda(ctx);
    const name = planned.physicalId;
    const zip = await packageOf(config, ctx);
    const tags = { ...Object.fromEntries(config.tags), ...ctx.ownerTags };
    const settings = {
      FunctionName: name, Role: config.role, Handler: config.handler, Runtime: config.runtime, Timeout: config.timeout,
      MemorySize: config.memory, Description: config.description, Environment: { Variables: config.environment ?? {} },
    };
    const owner = await functionOwnership(ctx, name);
    if (owner === 'foreign') {
      throw new DeployError('resource-exists', `Function ${name} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: FUNCTION, physicalId: name });
    }
    if (owner === 'absent') {
      await client.send(new CreateFunctionCommand({ ...settings, Code: { ZipFile: zip }, Architectures: config.architectures, Tags: tags }));
      return 'created';
    }
    await client.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip, Architectures: config.architectures }));
    await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 60 }, { FunctionName: name });
    await client.send(new UpdateFunctionConfigurationCommand(settings));
    await client.send(new TagResourceCommand({ Resource: planned.attributes.Arn as string, Tags: tags }));
    return 'updated';
  },
  async remove(planned, _p, ctx) {
    if ((await functionOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await lambda(ctx).send(new DeleteFunctionCommand({ FunctionName: planned.physicalId }));
    return 'deleted';
  },
};

// ── AWS::Lambda::Permission (one statement of a function's resource policy) ─────────────────────

const PERMISSION = 'AWS::Lambda::Permission';

function permissionConfig(logicalId: string, properties: Props) {
  const scope: PropertyScope = { logicalId, type: PERMISSION };
  const p = objectWith(scope, properties, '', ['Action', 'FunctionName', 'Principal', 'SourceArn', 'SourceAccount']);
  return {
    action: text(scope, p.Action, 'Action'),
    // A name, a partial ARN or a full ARN: Lambda's API takes all three.
    functionName: text(scope, p.FunctionName, 'FunctionName'),
    principal: text(scope, p.Principal, 'Principal'),
    sourceArn: optionalText(scope, p.SourceArn, 'SourceArn'),
    sourceAccount: optionalText(scope, p.SourceAccount, 'SourceAccount'),
  };
}

/** The statement's Sid: unique per stack and resource, as CloudFormation makes it. */
const statementId = (ctx: HandlerContext) => `${ctx.pseudo.stackName}-${ctx.logicalId}`.slice(0, 100);

async function statementExists(ctx: HandlerContext, functionName: string, sid: string): Promise<boolean> {
  const policy = await ignoreMissing(() => lambda(ctx).send(new GetPolicyCommand({ FunctionName: functionName })));
  if (!policy?.Policy) return false;
  const statements = (JSON.parse(policy.Policy) as { Statement?: { Sid?: string }[] }).Statement ?? [];
  return statements.some((s) => s.Sid === sid);
}

export const permissionHandler: ResourceHandler = {
  type: PERMISSION,
  plan(properties, ctx) {
    permissionConfig(ctx.logicalId, properties);
    return { physicalId: statementId(ctx), attributes: {} };
  },
  async ownership(planned, properties, ctx) {
    const { functionName } = permissionConfig(ctx.logicalId, properties);
    // The Sid carries the stack name and logical id: a statement with it is this stack's own.
    return (await statementExists(ctx, functionName, planned.physicalId)) ? 'ours' : 'absent';
  },
  async apply(planned, properties, ctx) {
    const config = permissionConfig(ctx.logicalId, properties);
    const client = lambda(ctx);
    const existed = await statementExists(ctx, config.functionName, planned.physicalId);
    if (existed) await client.send(new RemovePermissionCommand({ FunctionName: config.functionName, StatementId: planned.physicalId }));
    await client.send(new AddPermissionCommand({
      FunctionName: config.functionName, StatementId: planned.physicalId, Action: config.action, Principal: config.principal,
      SourceArn: config.sourceArn, SourceAccount: config.sourceAccount,
    }));
    return existed ? 'updated' : 'created';
  },
  async remove(planned, properties, ctx) {
    const { functionName } = permissionConfig(ctx.logicalId, properties);
    if (!(await statementExists(ctx, functionName, planned.physicalId))) return 'absent';
    await lambda(ctx).send(new RemovePermissionCommand({ FunctionName: functionName, StatementId: planned.physicalId }));
    return 'deleted';
  },
};

export const LAMBDA_HANDLERS: readonly ResourceHandler[] = [functionHandler, permissionHandler];
