import { createMemo, type Memo } from '../core/memo.ts';
import { isDeclaredRead, SERVICES, type ServiceReaders } from '../services/index.ts';
import { clientCache, type ReaderDeps } from '../services/service.ts';
import { callerAccount, stsClient } from '../services/sts/index.ts';
import { guardReadOnly, type OperationListener } from './read-only.ts';
import { clientConfig, type Target } from './target.ts';

export interface ReaderOptions {
  onOperation?: OperationListener;
}

/**
 * The readers of every registered service for one run. Each reader and each SDK client is built
 * on first use, every client with the read-only guard installed before it can send anything.
 */
export function createAccountReaders(target: Target, options: ReaderOptions = {}, memo: Memo = createMemo()) {
  // Every client gets the read-only guard before it can send anything.
  const clients = clientCache(target, clientConfig(target), (c) => guardReadOnly(c.middlewareStack, isDeclaredRead, options.onOperation));
  const deps: ReaderDeps = {
    memo,
    target,
    client: (factory) => clients.get(factory),
    accountId: () => memo('sts:GetCallerIdentity', () => callerAccount(clients.get(stsClient))),
  };

  const readers = {} as ServiceReaders;
  for (const service of SERVICES) {
    let reader: unknown;
    Object.defineProperty(readers, service.name, { enumerable: true, get: () => (reader ??= service.reader(deps)) });
  }
  return { readers, memo, destroy: () => clients.close() };
}
