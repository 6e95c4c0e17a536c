import type { MiddlewareStack } from '@smithy/types';

/** STS calls a grader needs to learn who it is or to assume a read-only role. */
const ALLOWED_EXCEPTIONS = new Set(['GetCallerIdentity', 'AssumeRole']);
const READ_PREFIXES = ['Get', 'List', 'Describe', 'Head'];

export function isReadOnlyOperation(operation: string): boolean {
  return ALLOWED_EXCEPTIONS.has(operation) || READ_PREFIXES.some((p) => operation.startsWith(p));
}

export class ReadOnlyViolation extends Error {
  readonly service: string;
  readonly operation: string;
  constructor(service: string, operation: string) {
    super(`the checker is read-only and refused to send ${service}:${operation}`);
    this.name = 'ReadOnlyViolation';
    this.service = service;
    this.operation = operation;
  }
}

export type OperationListener = (service: string, operation: string) => void;

/**
 * Installs, on one SDK client, a guard that refuses any operation that could change the account,
 * before it is signed or sent. `onOperation` sees every operation that passes the guard.
 */
export function guardReadOnly(
  stack: MiddlewareStack<any, any>,
  onOperation?: OperationListener,
): void {
  stack.add(
    (next, context) => async (args) => {
      const service = String(context.clientName ?? 'unknown').replace(/Client$/, '');
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      if (!isReadOnlyOperation(operation)) throw new ReadOnlyViolation(service, operation);
      onOperation?.(service, operation);
      return next(args);
    },
    { step: 'initialize', name: 'nubelabReadOnlyGuard', priority: 'high' },
  );
}
