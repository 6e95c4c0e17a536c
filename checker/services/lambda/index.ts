import { defineService } from '../service.ts';
import { LAMBDA_HANDLERS } from './handlers.ts';
import { createLambdaReader } from './reader.ts';

/** Lambda: a function's configuration and its resource-based policy (who may invoke it). */
export const lambda = defineService({
  name: 'lambda',
  readOperations: {
    'Lambda:ListFunctions': 'lambda:ListFunctions',
    'Lambda:GetPolicy': 'lambda:GetPolicy',
    'Lambda:ListTags': 'lambda:ListTags',
  },
  reader: createLambdaReader,
  handlers: LAMBDA_HANDLERS,
});

export type { LambdaReader } from './types.ts';
