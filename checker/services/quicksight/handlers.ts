import {
  CreateAnalysisCommand,
  CreateDashboardCommand,
  CreateDataSetCommand,
  CreateDataSourceCommand,
  DeleteAnalysisCommand,
  DeleteDashboardCommand,
  DeleteDataSetCommand,
  DeleteDataSourceCommand,
  DescribeAnalysisCommand,
  DescribeDashboardCommand,
  DescribeDataSetCommand,
  DescribeDataSourceCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateAnalysisCommand,
  UpdateDashboardCommand,
  UpdateDashboardPublishedVersionCommand,
  UpdateDataSetCommand,
  UpdateDataSourceCommand,
  type QuickSightClient,
  type Tag,
} from '@aws-sdk/client-quicksight';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { DeployError } from '../../deploy/errors.ts';
import { listOf, objectWith, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { quickSightClient } from './reader.ts';

type Props = Readonly<Record<string, unknown>>;
type Json = any; // QuickSight's nested shapes (tables, definitions) are passed through as the template states them.

const qs = (ctx: Pick<HandlerContext, 'clients'>): QuickSightClient => ctx.clients.get(quickSightClient);

function tagsOf(scope: PropertyScope, value: unknown): Tag[] {
  if (value === undefined) return [];
  return listOf(scope, value, 'Tags', (item, path) => {
    const t = objectWith(scope, item, path, ['Key', 'Value']);
    return { Key: text(scope, t.Key, `${path}.Key`), Value: text(scope, t.Value, `${path}.Value`) };
  });
}

const withOwnerTags = (tags: Tag[], ctx: HandlerContext): Tag[] => [
  ...tags.filter((t) => !(t.Key! in ctx.ownerTags)),
  ...Object.entries(ctx.ownerTags).map(([Key, Value]) => ({ Key, Value })),
];

// ---------------------------------------------------------------- nested properties, checked one level deep

function dataSourceParameters(scope: PropertyScope, value: unknown): Json {
  const p = objectWith(scope, value, 'DataSourceParameters', ['AthenaParameters']);
  const a = objectWith(scope, p.AthenaParameters, 'DataSourceParameters.AthenaParameters', ['WorkGroup', 'RoleArn']);
  return { AthenaParameters: { WorkGroup: optionalText(scope, a.WorkGroup, 'DataSourceParameters.AthenaParameters.WorkGroup'), RoleArn: optionalText(scope, a.RoleArn, 'DataSourceParameters.AthenaParameters.RoleArn') } };
}

function columns(scope: PropertyScope, value: unknown, where: string): Json {
  return listOf(scope, value, where, (item, path) => {
    const c = objectWith(scope, item, path, ['Name', 'Type']);
    return { Name: text(scope, c.Name, `${path}.Name`), Type: text(scope, c.Type, `${path}.Type`) };
  });
}

function physicalTableMap(scope: PropertyScope, value: unknown): Json {
  const map = objectWith(scope, value, 'PhysicalTableMap', Object.keys((value ?? {}) as object));
  return Object.fromEntries(Object.entries(map).map(([key, table]) => {
    const where = `PhysicalTableMap.${key}`;
    const t = objectWith(scope, table, where, ['RelationalTable', 'CustomSql']);
    if (t.RelationalTable !== undefined) {
      const r = objectWith(scope, t.RelationalTable, `${where}.RelationalTable`, ['DataSourceArn', 'Catalog', 'Schema', 'Name', 'InputColumns']);
      return [key, { RelationalTable: {
        DataSourceArn: text(scope, r.DataSourceArn, `${where}.RelationalTable.DataSourceArn`), Catalog: optionalText(scope, r.Catalog, `${where}.RelationalTable.Catalog`),
        Schema: optionalText(scope, r.Schema, `${where}.RelationalTable.Schema`), Name: text(scope, r.Name, `${where}.RelationalTable.Name`),
        InputColumns: columns(scope, r.InputColumns, `${where}.RelationalTable.InputColumns`),
      } }];
    }
    const s = objectWith(scope, t.CustomSql, `${where}.CustomSql`, ['DataSourceArn', 'Name', 'SqlQuery', 'Columns']);
    return [key, { CustomSql: {
      DataSourceArn: text(scope, s.DataSourceArn, `${where}.CustomSql.DataSourceArn`), Name: text(scope, s.Name, `${where}.CustomSql.Name`),
      SqlQuery: text(scope, s.SqlQuery, `${where}.CustomSql.SqlQuery`), Columns: columns(scope, s.Columns, `${where}.CustomSql.Columns`),
    } }];
  }));
}

/** The parts of an analysis or dashboard definition the emulator stores and validates; their contents pass through. */
const DEFINITION_PARTS = ['DataSetIdentifierDeclarations', 'Sheets', 'CalculatedFields', 'ParameterDeclarations', 'FilterGroups', 'ColumnConfigurations', 'AnalysisDefaults', 'Options'];

function definition(scope: PropertyScope, value: unknown): Json {
  return objectWith(scope, value, 'Definition', DEFINITION_PARTS);
}

// ---------------------------------------------------------------- one handler per type

interface Spec<Config> {
  type: string;
  /** The ARN's resource kind: datasource, dataset, analysis, dashboard. */
  kind: string;
  read(scope: PropertyScope, properties: Props): Config & { accountId: string; id: string; tags: Tag[] };
  /** Resolves when it exists, undefined when AWS answers ResourceNotFoundException. */
  describe(ctx: HandlerContext, accountId: string, id: string): Promise<unknown>;
  create(ctx: HandlerContext, config: Config & { accountId: string; id: string }, tags: Tag[]): Promise<unknown>;
  update(ctx: HandlerContext, config: Config & { accountId: string; id: string }): Promise<unknown>;
  delete(ctx: HandlerContext, accountId: string, id: string): Promise<unknown>;
}

function quickSightHandler<Config>(spec: Spec<Config>): ResourceHandler {
  const scopeOf = (ctx: HandlerContext): PropertyScope => ({ logicalId: ctx.logicalId, type: spec.type });
  const arnOf = (ctx: HandlerContext, id: string) => `arn:${ctx.pseudo.partition}:quicksight:${ctx.pseudo.region}:${ctx.pseudo.accountId}:${spec.kind}/${id}`;

  async function ownership(ctx: HandlerContext, properties: Props): Promise<Ownership> {
    const { accountId, id } = spec.read(scopeOf(ctx), properties);
    if (!(await orUndefinedWhen(['ResourceNotFoundException'], () => spec.describe(ctx, accountId, id)))) return 'absent';
    const { Tags = [] } = await qs(ctx).send(new ListTagsForResourceCommand({ ResourceArn: arnOf(ctx, id) }));
    const tags = Object.fromEntries(Tags.map((t) => [t.Key, t.Value]));
    return Object.entries(ctx.ownerTags).every(([k, v]) => tags[k] === v) ? 'ours' : 'foreign';
  }

  return {
    type: spec.type,
    plan(properties, ctx) {
      const { id } = spec.read(scopeOf(ctx), properties);
      return { physicalId: id, attributes: { Arn: arnOf(ctx, id) } };
    },
    ownership: (_planned, properties, ctx) => ownership(ctx, properties),
    async apply(planned, properties, ctx) {
      const config = spec.read(scopeOf(ctx), properties);
      const owner = await ownership(ctx, properties);
      if (owner === 'foreign') {
        throw new DeployError('resource-exists', `${spec.type} ${planned.physicalId} already exists and was not deployed by NubeLab`, { logicalId: ctx.logicalId, type: spec.type, physicalId: planned.physicalId });
      }
      const tags = withOwnerTags(config.tags, ctx);
      if (owner === 'absent') {
        await spec.create(ctx, config, tags);
        return 'created';
      }
      await spec.update(ctx, config);
      await qs(ctx).send(new TagResourceCommand({ ResourceArn: arnOf(ctx, config.id), Tags: tags }));
      return 'updated';
    },
    async remove(_planned, properties, ctx) {
      if ((await ownership(ctx, properties)) === 'absent') return 'absent';
      const { accountId, id } = spec.read(scopeOf(ctx), properties);
      await spec.delete(ctx, accountId, id);
      return 'deleted';
    },
  };
}

const common = (scope: PropertyScope, p: Record<string, unknown>, idKey: string) => ({
  accountId: text(scope, p.AwsAccountId, 'AwsAccountId'),
  id: text(scope, p[idKey], idKey),
  name: text(scope, p.Name, 'Name'),
  tags: tagsOf(scope, p.Tags),
});

/** A QuickSight data source (the lab's: ATHENA, through a workgroup). */
export const dataSourceHandler = quickSightHandler({
  type: 'AWS::QuickSight::DataSource',
  kind: 'datasource',
  read(scope, properties) {
    const p = objectWith(scope, properties, '', ['AwsAccountId', 'DataSourceId', 'Name', 'Type', 'DataSourceParameters', 'Tags']);
    const sourceType = text(scope, p.Type, 'Type');
    if (sourceType !== 'ATHENA') throw new DeployError('unsupported-property', `${scope.logicalId} (${scope.type}) is of Type ${sourceType}; the emulator engine applies ATHENA data sources only`, { logicalId: scope.logicalId, type: scope.type, property: 'Type' });
    return { ...common(scope, p, 'DataSourceId'), sourceType, parameters: dataSourceParameters(scope, p.DataSourceParameters) };
  },
  describe: (ctx, AwsAccountId, DataSourceId) => qs(ctx).send(new DescribeDataSourceCommand({ AwsAccountId, DataSourceId })),
  create: (ctx, c, Tags) => qs(ctx).send(new CreateDataSourceCommand({ AwsAccountId: c.accountId, DataSourceId: c.id, Name: c.name, Type: c.sourceType as 'ATHENA', DataSourceParameters: c.parameters, Tags })),
  update: (ctx, c) => qs(ctx).send(new UpdateDataSourceCommand({ AwsAccountId: c.accountId, DataSourceId: c.id, Name: c.name, DataSourceParameters: c.parameters })),
  delete: (ctx, AwsAccountId, DataSourceId) => qs(ctx).send(new DeleteDataSourceCommand({ AwsAccountId, DataSourceId })),
});

/** A data set: the tables (of the catalog, or custom SQL) it reads through a data source. */
export const dataSetHandler = quickSightHandler({
  type: 'AWS::QuickSight::DataSet',
  kind: 'dataset',
  read(scope, properties) {
    const p = objectWith(scope, properties, '', ['AwsAccountId', 'DataSetId', 'Name', 'ImportMode', 'PhysicalTableMap', 'Tags']);
    return { ...common(scope, p, 'DataSetId'), importMode: text(scope, p.ImportMode, 'ImportMode'), tables: physicalTableMap(scope, p.PhysicalTableMap) };
  },
  describe: (ctx, AwsAccountId, DataSetId) => qs(ctx).send(new DescribeDataSetCommand({ AwsAccountId, DataSetId })),
  create: (ctx, c, Tags) => qs(ctx).send(new CreateDataSetCommand({ AwsAccountId: c.accountId, DataSetId: c.id, Name: c.name, ImportMode: c.importMode as 'SPICE', PhysicalTableMap: c.tables, Tags })),
  update: (ctx, c) => qs(ctx).send(new UpdateDataSetCommand({ AwsAccountId: c.accountId, DataSetId: c.id, Name: c.name, ImportMode: c.importMode as 'SPICE', PhysicalTableMap: c.tables })),
  delete: (ctx, AwsAccountId, DataSetId) => qs(ctx).send(new DeleteDataSetCommand({ AwsAccountId, DataSetId })),
});

/** An analysis from a definition (sheets and visuals over declared data sets). */
export const analysisHandler = quickSightHandler({
  type: 'AWS::QuickSight::Analysis',
  kind: 'analysis',
  read(scope, properties) {
    const p = objectWith(scope, properties, '', ['AwsAccountId', 'AnalysisId', 'Name', 'Definition', 'Tags']);
    return { ...common(scope, p, 'AnalysisId'), definition: definition(scope, p.Definition) };
  },
  describe: (ctx, AwsAccountId, AnalysisId) => qs(ctx).send(new DescribeAnalysisCommand({ AwsAccountId, AnalysisId })),
  create: (ctx, c, Tags) => qs(ctx).send(new CreateAnalysisCommand({ AwsAccountId: c.accountId, AnalysisId: c.id, Name: c.name, Definition: c.definition, Tags })),
  update: (ctx, c) => qs(ctx).send(new UpdateAnalysisCommand({ AwsAccountId: c.accountId, AnalysisId: c.id, Name: c.name, Definition: c.definition })),
  // Without recovery: a redeploy creates the same id again at once (CloudFormation deletes it the same way).
  delete: (ctx, AwsAccountId, AnalysisId) => qs(ctx).send(new DeleteAnalysisCommand({ AwsAccountId, AnalysisId, ForceDeleteWithoutRecovery: true })),
});

/** A dashboard from a definition; CloudFormation publishes the version each update creates. */
export const dashboardHandler = quickSightHandler({
  type: 'AWS::QuickSight::Dashboard',
  kind: 'dashboard',
  read(scope, properties) {
    const p = objectWith(scope, properties, '', ['AwsAccountId', 'DashboardId', 'Name', 'Definition', 'VersionDescription', 'Tags']);
    return { ...common(scope, p, 'DashboardId'), definition: definition(scope, p.Definition), versionDescription: optionalText(scope, p.VersionDescription, 'VersionDescription') };
  },
  describe: (ctx, AwsAccountId, DashboardId) => qs(ctx).send(new DescribeDashboardCommand({ AwsAccountId, DashboardId })),
  create: (ctx, c, Tags) => qs(ctx).send(new CreateDashboardCommand({ AwsAccountId: c.accountId, DashboardId: c.id, Name: c.name, Definition: c.definition, VersionDescription: c.versionDescription, Tags })),
  async update(ctx, c) {
    const { VersionArn } = await qs(ctx).send(new UpdateDashboardCommand({ AwsAccountId: c.accountId, DashboardId: c.id, Name: c.name, Definition: c.definition, VersionDescription: c.versionDescription }));
    const version = Number(VersionArn?.split('/').pop());
    if (!Number.isInteger(version)) throw new Error(`UpdateDashboard returned no version for ${c.id}`);
    await qs(ctx).send(new UpdateDashboardPublishedVersionCommand({ AwsAccountId: c.accountId, DashboardId: c.id, VersionNumber: version }));
  },
  delete: (ctx, AwsAccountId, DashboardId) => qs(ctx).send(new DeleteDashboardCommand({ AwsAccountId, DashboardId })),
});

export const QUICKSIGHT_HANDLERS: readonly ResourceHandler[] = [dataSourceHandler, dataSetHandler, analysisHandler, dashboardHandler];
