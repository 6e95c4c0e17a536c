import { defineService } from '../service.ts';
import { ATHENA_HANDLERS } from './handlers.ts';
import { createAthenaReader } from './reader.ts';

/**
 * Athena: a workgroup's configuration, its query history and the first page of a query's results
 * (GetQueryResults reads the result file the query wrote to S3; a grader also needs s3:GetObject,
 * which the S3 service declares). The history is described 50 queries per BatchGetQueryExecution
 * call (moto 5.2.5 lacks it; the emulator's fidelity layer adds it).
 */
export const athena = defineService({
  name: 'athena',
  readOperations: {
    'Athena:ListWorkGroups': 'athena:ListWorkGroups',
    'Athena:GetWorkGroup': 'athena:GetWorkGroup',
    'Athena:ListQueryExecutions': 'athena:ListQueryExecutions',
    'Athena:BatchGetQueryExecution': 'athena:BatchGetQueryExecution',
    'Athena:GetQueryResults': 'athena:GetQueryResults',
    'Athena:ListTagsForResource': 'athena:ListTagsForResource',
  },
  reader: createAthenaReader,
  handlers: ATHENA_HANDLERS,
});

export type { AthenaReader } from './types.ts';
