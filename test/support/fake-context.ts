import { createMemo } from '../../checker/core/memo.ts';
import type { CheckContext } from '../../checker/core/types.ts';
import { SERVICES, type ServiceName, type ServiceReaders } from '../../checker/services/index.ts';

/** Plain-data stand-ins for some readers' methods; anything a check reads beyond them is a test error. */
export type FakeReaders = { [K in ServiceName]?: Partial<ServiceReaders[K]> };

export interface FakeOptions {
  region?: string;
  /** Errors a reader method throws instead of answering, keyed `service.method`, e.g. `s3.policy`. */
  failures?: Readonly<Record<string, unknown>>;
}

export interface FakeContext extends CheckContext {
  /** Every reader call, in order, as `service.method:arguments`. */
  calls: string[];
}

const DEFAULT_ACCOUNT: FakeReaders['account'] = { id: async () => '123456789012' };

/**
 * A check context for unit tests of checks, with one fake reader per registered service (so a new
 * service is covered as soon as it is in the registry). Calls are memoised like the real readers
 * and recorded, so a test can assert what a check read, and how often.
 */
export function fakeContext(readers: FakeReaders, options: FakeOptions = {}): FakeContext {
  const memo = createMemo();
  const calls: string[] = [];
  const context: Record<string, unknown> = {
    calls,
    settings: { region: options.region ?? 'us-east-1' },
    derive: <T>(key: string, compute: () => Promise<T>) => memo(`derived:${key}`, compute),
  };
  for (const { name } of SERVICES) {
    const fake = (readers[name] ?? (name === 'account' ? DEFAULT_ACCOUNT : {})) as Record<string, (...args: unknown[]) => unknown>;
    context[name] = new Proxy({}, {
      get(_, method) {
        if (typeof method !== 'string') return undefined;
        return (...args: unknown[]) => {
          const key = `${name}.${method}:${args.map(String).join('/')}`;
          return memo(key, async () => {
            calls.push(key);
            const failure = options.failures?.[`${name}.${method}`];
            if (failure) throw failure;
            if (typeof fake[method] !== 'function') throw new Error(`the test gave no fake for ${name}.${method}, which the check read`);
            return fake[method](...args);
          });
        };
      },
    });
  }
  return context as unknown as FakeContext;
}
