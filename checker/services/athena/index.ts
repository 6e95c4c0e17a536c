import { defineService } from '../service.ts';
import { ATHENA_HANDLERS } from './handlers.ts';
import { createAthenaReader } from './reader.ts';

/**
 * Athena: a workgroup's configuration, its query history and the first page of a query's results
 * (GetQueryResults reads the result file the query wrote to S3; a grader also needs s3:GetObject,
 * which the S3 service declares). GetQueryExecution per query rather than BatchGetQueryExecution:
 * moto 5.2.5 lacks the batch call, and a lab reads a few dozen queries at most.
 */
export const athena = defineService({
  name: 'athena',
  readOperations: {
    'Athena:ListWorkGroups': 'athena:ListWorkGroups',
    'Athena:GetWorkGroup': 'athena:GetWorkGroup',
    'Athena:ListQueryExecutions': 'athena:ListQueryExecutions',
    'Athena:GetQueryExecution': 'athena:GetQueryExecution',
    'Athena:GetQueryResults': 'athena:GetQueryResults',
  },
  reader: createAthenaReader,
  handlers: ATHENA_HANDLERS,
});

export type { AthenaReader } from './types.ts';
