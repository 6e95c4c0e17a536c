import { defineService } from '../service.ts';
import { logGroupHandler } from './handlers.ts';

/**
 * CloudWatch Logs: deployed (a function's log group, with its retention), not read by any check
 * yet, so it declares no read operations and its reader is empty.
 */
export const logs = defineService({
  name: 'logs',
  readOperations: {},
  reader: () => ({}),
  handlers: [logGroupHandler],
});
