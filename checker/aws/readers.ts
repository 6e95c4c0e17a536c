import { S3Client } from '@aws-sdk/client-s3';
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
function lazyClient<C extends { middlewareStack: any }>(build: () => C, options: ReaderOptions) {
  let client: C | undefined;
  const get = () => {
    if (!client) {
      client = build();
      guardReadOnly(client.middlewareStack, options.onOperation);
    }
    return client;
  };
  return Object.assign(get, { built: () => client });
}

export function createAccountReaders(target: Target, options: ReaderOptions = {}, memo: Memo = createMemo()) {
  const config = clientConfig(target);
  const s3 = lazyClient(() => new S3Client({ ...config, forcePathStyle: Boolean(target.endpoint), followRegionRedirects: true }), options);
  const sts = lazyClient(() => new STSClient(config), options);
  // S3 Control is needed only when a bucket's own Block Public Access is incomplete, so its SDK
  // package is loaded on first use rather than at start-up.
  const s3controlModule = () => import('@aws-sdk/client-s3-control');
  let s3controlClient: import('@aws-sdk/client-s3-control').S3ControlClient | undefined;
  const s3control = async () => {
    if (!s3controlClient) {
      const { S3ControlClient } = await s3controlModule();
      s3controlClient = new S3ControlClient(config);
      if (target.endpoint) keepEndpointHost(s3controlClient.middlewareStack, target.endpoint);
      guardReadOnly(s3controlClient.middlewareStack, options.onOperation);
    }
    return s3controlClient;
  };

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
          const { GetPublicAccessBlockCommand } = await s3controlModule();
          const out = await (await s3control()).send(new GetPublicAccessBlockCommand({ AccountId: accountId }));
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
  const destroy = () => {
    for (const client of [s3.built(), sts.built(), s3controlClient]) client?.destroy();
  };
  return { readers, memo, destroy };
}
