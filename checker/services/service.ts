import type { Memo } from '../core/memo.ts';
import type { ResourceHandler } from '../deploy/handlers/types.ts';
import { clientConfig, type Target } from '../aws/target.ts';
import { installEngineGapGuard } from '../emulator/engine-gaps.ts';

/** Anything an SDK v3 client is: it has a middleware stack and can be closed. */
export interface SdkClient {
  middlewareStack: any;
  destroy(): void;
}

/**
 * How one SDK client is built for a target. The same factory serves the checker (which adds the
 * read-only guard) and the deploy engine (which writes), so endpoint quirks live in one place.
 */
export interface ClientFactory<C extends SdkClient> {
  /** The client's name as the SDK reports it without "Client" (S3, IAM, S3Control, STS). */
  readonly sdkName: string;
  build(config: ReturnType<typeof clientConfig>, target: Target): C;
}

export function defineClient<C extends SdkClient>(sdkName: string, build: ClientFactory<C>['build']): ClientFactory<C> {
  return { sdkName, build };
}

/**
 * `--account` on an emulator: LocalStack and MiniStack take the account from the 12-digit access
 * key id (set in resolveTarget); moto ignores it and reads this header instead.
 */
function selectEmulatorAccount(client: SdkClient, account: string): void {
  client.middlewareStack.add(
    (next: (args: { request: { headers: Record<string, string> } }) => Promise<unknown>) => (args: { request: { headers: Record<string, string> } }) => {
      args.request.headers['x-moto-account-id'] = account;
      return next(args);
    },
    { step: 'build', name: 'nubelabEmulatorAccount' },
  );
}

/** One client per factory for a target, built on first use and closed together. */
export interface ClientCache {
  get<C extends SdkClient>(factory: ClientFactory<C>): C;
  close(): void;
}

/**
 * The client cache the checker and the deploy engine share. `onBuild` sees each client before it
 * is first returned: the checker installs its read-only guard there.
 */
export function clientCache(target: Target, config: ReturnType<typeof clientConfig>, onBuild?: (client: SdkClient) => void): ClientCache {
  const built = new Map<ClientFactory<SdkClient>, SdkClient>();
  return {
    get<C extends SdkClient>(factory: ClientFactory<C>): C {
      let client = built.get(factory) as C | undefined;
      if (!client) {
        client = factory.build(config, target);
        // A service the engine lacks (LocalStack's paid ones, MiniStack's missing ones) answers a typed 501.
        installEngineGapGuard(client, factory.sdkName, target);
        if (target.account) selectEmulatorAccount(client, target.account);
        onBuild?.(client);
        built.set(factory, client);
      }
      return client;
    },
    close() {
      for (const client of built.values()) client.destroy();
      built.clear();
    },
  };
}

/** What a service's reader is given: memoised, guarded clients and the caller's account. */
export interface ReaderDeps {
  memo: Memo;
  target: Target;
  /** The client for `factory`, built once per run with the read-only guard installed. */
  client<C extends SdkClient>(factory: ClientFactory<C>): C;
  accountId(): Promise<string>;
}

/**
 * One AWS service as the checker and the emulator deploy see it: the read operations its reader
 * sends (each with the IAM action a grader needs for it), the reader itself, and the handlers
 * that apply its CloudFormation resource types on an emulator.
 */
export interface ServiceDefinition<Name extends string = string, Reader = unknown> {
  /** The key checks use on their context: `ctx.s3`, `ctx.iam`. */
  readonly name: Name;
  /**
   * Every operation the reader may send, as `<SdkName>:<Operation>`, with the IAM action it needs
   * (null: none needed). The read-only guard refuses anything not listed here, and the grader
   * policy is built from it.
   */
  readonly readOperations: Readonly<Record<string, string | null>>;
  reader(deps: ReaderDeps): Reader;
  readonly handlers: readonly ResourceHandler[];
}

// BatchGet* reads several items in one call (Athena's BatchGetQueryExecution, DynamoDB's BatchGetItem).
const READ_PREFIXES = ['Get', 'List', 'Describe', 'Head', 'BatchGet'];
/** STS calls a grader needs to learn who it is or to assume a read-only role. */
const STS_READS = new Set(['STS:GetCallerIdentity', 'STS:AssumeRole']);

/** True for the operation names that can only read: Get*, List*, Describe*, Head*, BatchGet*. */
export function looksReadOnly(operation: string): boolean {
  const [client = '', name = ''] = operation.includes(':') ? operation.split(':') : ['', operation];
  return STS_READS.has(`${client}:${name}`) || READ_PREFIXES.some((p) => name.startsWith(p));
}

export function defineService<Name extends string, Reader>(service: ServiceDefinition<Name, Reader>): ServiceDefinition<Name, Reader> {
  for (const operation of Object.keys(service.readOperations)) {
    if (!/^[A-Za-z0-9]+:[A-Z][A-Za-z0-9]+$/.test(operation)) throw new Error(`service ${service.name}: '${operation}' is not <SdkName>:<Operation>`);
    // A service cannot declare a write as a read: the guard's allowlist is only ever narrower than the prefix rule.
    if (!looksReadOnly(operation)) throw new Error(`service ${service.name}: ${operation} is not a read operation`);
  }
  return service;
}
