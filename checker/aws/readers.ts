import { createMemo, type Memo } from '../core/memo.ts';
import { isDeclaredRead, SERVICES, type ServiceReaders } from '../services/index.ts';
import type { ClientFactory, ReaderDeps, SdkClient } from '../services/service.ts';
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
  const config = clientConfig(target);
  const built = new Map<ClientFactory<SdkClient>, SdkClient>();
  const client = <C extends SdkClient>(factory: ClientFactory<C>): C => {
    let c = built.get(factory) as C | undefined;
    if (!c) {
      c = factory.build(config, target);
      guardReadOnly(c.middlewareStack, isDeclaredRead, options.onOperation);
      built.set(factory, c);
    }
    return c;
  };
  const lazyFactories = new Map<() => Promise<ClientFactory<SdkClient>>, Promise<ClientFactory<SdkClient>>>();
  const deps: ReaderDeps = {
    memo,
    target,
    client,
    async lazyClient(load) {
      if (!lazyFactories.has(load)) lazyFactories.set(load, load());
      return client(await (lazyFactories.get(load) as ReturnType<typeof load>));
    },
    accountId: () => memo('sts:GetCallerIdentity', () => callerAccount(client(stsClient))),
  };

  const readers = {} as ServiceReaders;
  for (const service of SERVICES) {
    let reader: unknown;
    Object.defineProperty(readers, service.name, { enumerable: true, get: () => (reader ??= service.reader(deps)) });
  }
  const destroy = () => {
    for (const c of built.values()) c.destroy();
  };
  return { readers, memo, destroy };
}
