import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  paginateListTables,
  ListTagsOfResourceCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { DynamodbReader, KeyPart, TableInfo } from './types.ts';

export const dynamodbClient = defineClient('DynamoDB', (config) => new DynamoDBClient(config));

const keysOf = (schema: { AttributeName?: string; KeyType?: string }[] | undefined): KeyPart[] =>
  (schema ?? []).map((k) => ({ name: k.AttributeName ?? '', keyType: k.KeyType ?? '' }));

function toTable(t: TableDescription): TableInfo {
  return {
    name: t.TableName ?? '',
    arn: t.TableArn ?? '',
    status: t.TableStatus ?? '',
    keys: keysOf(t.KeySchema),
    attributeTypes: Object.fromEntries((t.AttributeDefinitions ?? []).map((a) => [a.AttributeName ?? '', a.AttributeType ?? ''])),
    // A table created without BillingMode is provisioned, and DynamoDB may then leave the summary out.
    billingMode: t.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
    globalIndexes: (t.GlobalSecondaryIndexes ?? []).map((i) => ({
      name: i.IndexName ?? '',
      keys: keysOf(i.KeySchema),
      projectionType: i.Projection?.ProjectionType ?? '',
      nonKeyAttributes: i.Projection?.NonKeyAttributes ?? [],
      status: i.IndexStatus ?? '',
    })),
    deletionProtection: t.DeletionProtectionEnabled ?? false,
    createdAt: t.CreationDateTime?.toISOString(),
  };
}

export function createDynamodbReader({ memo, client: clientOf }: ReaderDeps): DynamodbReader {
  const client = () => clientOf(dynamodbClient);
  return {
    listTables: () =>
      memo('dynamodb:ListTables', async () => {
        const names: string[] = [];
        for await (const page of paginateListTables({ client: client() }, {})) names.push(...(page.TableNames ?? []));
        return names;
      }),

    describeTable: (name) =>
      memo(`dynamodb:DescribeTable:${name}`, () =>
        orUndefinedWhen(['ResourceNotFoundException'], async () => {
          const { Table } = await client().send(new DescribeTableCommand({ TableName: name }));
          return Table ? toTable(Table) : undefined;
        })),

    continuousBackups: (name) =>
      memo(`dynamodb:DescribeContinuousBackups:${name}`, () =>
        orUndefinedWhen(['TableNotFoundException', 'ResourceNotFoundException'], async () => {
          const { ContinuousBackupsDescription: d } = await client().send(new DescribeContinuousBackupsCommand({ TableName: name }));
          const pitr = d?.PointInTimeRecoveryDescription;
          return { pitrStatus: pitr?.PointInTimeRecoveryStatus ?? 'DISABLED', recoveryPeriodDays: pitr?.RecoveryPeriodInDays };
        })),

    tableTags: (arn) =>
      memo(`dynamodb:ListTagsOfResource:${arn}`, async () => {
        const tags: Record<string, string> = {};
        let NextToken: string | undefined;
        do {
          const page = await client().send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken }));
          for (const t of page.Tags ?? []) tags[t.Key ?? ''] = t.Value ?? '';
          NextToken = page.NextToken;
        } while (NextToken);
        return tags;
      }),
  };
}
