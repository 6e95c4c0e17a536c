import { S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { MiddlewareStack } from '@smithy/types';
import { createMemo, type Memo } from '../core/memo.ts';
import { orUndefinedWhen } from './errors.ts';
import { guardReadOnly, type OperationListener } from './read-only.ts';
import { createS3Reader, toPublicAccessBlock } from './s3.ts';
import type { AccountReader, S3Reader } from './s3-types.ts';
import { clientConfig, type Target } from './target.ts';

/** Every reader a check can use. Clients are created on first use. */
export interface AccountReaders {
  s3: S3Reader;
  account: AccountReader;
}

export interface ReaderOptions {
  onOperation?: OperationListener;
}

/**
 * S3 Control's endpoint rules put the account id in front of the host name
 * (`123456789012.localhost`), which does not resolve. Emulators serve it on the plain endpoint.
 */
function keepEndpointHost(stack: MiddlewareStack<any, any>, endpoint: string): void {
  const { hostname } = new URL(endpoint);
  stack.add(
    (next) => async (args) => {
      const request = args.request as { hostname?: string };
      if (request?.hostname) request.hostname = hostname;
      return next(args);
    },
    { step: 'build', name: 'nubelabKeepEndpointHost' },
  );
}

/** Builds a client lazily, with the read-only guard installed before it can send anything. */
function lazyClient<C extends { middlewareStack: any }>(build: () => C, options: ReaderOptions): () => C {
  let client: C | undefined;
  return () => {
    if (!client) {
      client = build();
      guardReadOnly(client.middlewareStack, options.onOperation);
    }
    return client;
  };
}

export function createAccountReaders(target: Target, options: ReaderOptions = {}, memo: Memo = createMemo()) {
  const config = clientConfig(target);
  const s3 = lazyClient(() => new S3Client({ ...config, forcePathStyle: Boolean(target.endpoint), followRegionRedirects: true }), options);
  const sts = lazyClient(() => new STSClient(config), options);
  const s3control = lazyClient(() => {
    const client = new S3ControlClient(config);
    if (target.endpoint) keepEndpointHost(client.middlewareStack, target.endpoint);
    return client;
  }, options);

  let s3Reader: S3Reader | undefined;
  const account: AccountReader = {
    id: () =>
      memo('sts:GetCallerIdentity', async () => {
        const out = await sts().send(new GetCallerIdentityCommand({}));
        if (!out.Account) throw new Error('GetCallerIdentity returned no account id');
        return out.Account;
      }),
    s3PublicAccessBlock: () =>
      memo('s3control:GetPublicAccessBlock', async () => {
        const accountId = await account.id();
        return orUndefinedWhen(['NoSuchPublicAccessBlockConfiguration'], async () => {
          const out = await s3control().send(new GetAccountPublicAccessBlockCommand({ AccountId: accountId }));
          return toPublicAccessBlock(out.PublicAccessBlockConfiguration);
        });
      }),
  };

  const readers: AccountReaders = {
    get s3() {
      return (s3Reader ??= createS3Reader(s3(), memo));
    },
    account,
  };
  return { readers, memo, destroy: () => { for (const c of [s3, sts, s3control]) try { c().destroy(); } catch { /* never built */ } } };
}
