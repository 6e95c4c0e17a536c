import type { ContinuousBackupsInfo, DynamodbReader, TableInfo } from '../../../checker/services/dynamodb/types.ts';

/** A table as plain data; unset fields get what `aws dynamodb create-table` gives an on-demand table without options. */
export interface TableFixture extends Partial<Omit<TableInfo, 'name'>> {
  name: string;
  /** Point-in-time recovery; off (DISABLED) when unset, as on a new table. */
  backups?: ContinuousBackupsInfo;
  tags?: Record<string, string>;
}

export interface DynamodbFixture {
  accountId?: string;
  region?: string;
  tables: TableFixture[];
}

/** A DynamoDB reader that answers from plain data; like the real reader, an unknown table is undefined. */
export function fakeDynamodb(f: DynamodbFixture): DynamodbReader {
  const account = f.accountId ?? '123456789012';
  const region = f.region ?? 'us-east-1';
  const info = ({ backups: _backups, tags: _tags, ...t }: TableFixture): TableInfo => ({
    arn: `arn:aws:dynamodb:${region}:${account}:table/${t.name}`,
    status: 'ACTIVE',
    keys: [],
    attributeTypes: {},
    billingMode: 'PAY_PER_REQUEST',
    globalIndexes: [],
    deletionProtection: false,
    ...t,
  });
  const find = (name: string) => f.tables.find((t) => t.name === name);
  return {
    listTables: async () => f.tables.map((t) => t.name),
    describeTable: async (name) => {
      const table = find(name);
      return table && info(table);
    },
    continuousBackups: async (name) => {
      const table = find(name);
      return table && (table.backups ?? { pitrStatus: 'DISABLED' });
    },
    tableTags: async (arn) => f.tables.find((t) => info(t).arn === arn)?.tags ?? {},
  };
}
