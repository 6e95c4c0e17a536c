import { S3Client } from '@aws-sdk/client-s3';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { MiddlewareStack } from '@smithy/types';
import { defineClient, type ClientFactory } from '../service.ts';

/** Path-style URLs: emulators on localhost cannot serve bucket-name subdomains. */
export const s3Client = defineClient('S3', (config, target) =>
  new S3Client({ ...config, forcePathStyle: Boolean(target.endpoint), followRegionRedirects: true }));

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

let s3ControlFactory: Promise<ClientFactory<S3ControlClient>> | undefined;

/**
 * Loaded on first use: only a bucket with incomplete Block Public Access needs it. The factory is
 * made once, so every run's client cache recognises it.
 */
export function s3ControlClient(): Promise<ClientFactory<S3ControlClient>> {
  return (s3ControlFactory ??= import('@aws-sdk/client-s3-control').then(({ S3ControlClient }) =>
    defineClient<S3ControlClient>('S3Control', (config, target) => {
      const client = new S3ControlClient(config);
      if (target.endpoint) keepEndpointHost(client.middlewareStack, target.endpoint);
      return client;
    })));
}
