import type { MiddlewareStack } from '@smithy/types';
import { looksReadOnly } from '../services/service.ts';

/** The operation-name rule every declared read must also pass: Get*, List*, Describe*, Head*, BatchGet*, STS identity. */
export function isReadOnlyOperation(operation: string): boolean {
  return looksReadOnly(operation.includes(':') ? operation : `STS:${operation}`);
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
/** Whether `<sdkName>:<operation>` is one the checker declared as a read it needs. */
export type ReadAllowlist = (sdkName: string, operation: string) => boolean;

/**
 * Installs, on one SDK client, a guard that refuses, before it is signed or sent, any operation
 * that is not on the allowlist of declared reads. `onOperation` sees every operation that passes.
 */
export function guardReadOnly(stack: MiddlewareStack<any, any>, allowed: ReadAllowlist, onOperation?: OperationListener): void {
  stack.add(
    (next, context) => async (args) => {
      const service = String(context.clientName ?? 'unknown').replace(/Client$/, '');
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      if (!allowed(service, operation)) throw new ReadOnlyViolation(service, operation);
      onOperation?.(service, operation);
      return next(args);
    },
    { step: 'initialize', name: 'nubelabReadOnlyGuard', priority: 'high' },
  );
}
