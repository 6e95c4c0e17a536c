import { defineService } from '../service.ts';
import { tableHandler } from './handlers.ts';
import { createDynamodbReader } from './reader.ts';

/** DynamoDB: a table's keys, capacity mode, global secondary indexes, point-in-time recovery and deletion protection. */
export const dynamodb = defineService({
  name: 'dynamodb',
  readOperations: {
    'DynamoDB:ListTables': 'dynamodb:ListTables',
    'DynamoDB:DescribeTable': 'dynamodb:DescribeTable',
    'DynamoDB:DescribeContinuousBackups': 'dynamodb:DescribeContinuousBackups',
    'DynamoDB:ListTagsOfResource': 'dynamodb:ListTagsOfResource',
  },
  reader: createDynamodbReader,
  handlers: [tableHandler],
});

export type { DynamodbReader } from './types.ts';
