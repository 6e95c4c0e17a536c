import type { AwsCredentialIdentityProvider, AwsCredentialIdentity } from '@smithy/types';

export type TargetKind = 'emulator' | 'aws';
export const TARGET_KINDS: readonly TargetKind[] = ['emulator', 'aws'];
export const DEFAULT_EMULATOR_PORT = 4566;
export const DEFAULT_REGION = 'us-east-1';

/** Where the account lives and how to reach it: the one thing every SDK client is built from. */
export interface Target {
  kind: TargetKind;
  /** Undefined means the SDK's own resolution (real AWS, or AWS_ENDPOINT_URL). */
  endpoint?: string;
  region: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** A named profile from the shared AWS config files; SDK clients resolve it themselves. */
  profile?: string;
  /** Emulator only: the learner's account on a shared engine (`--account`). */
  account?: string;
}

export interface TargetOptions {
  kind?: TargetKind;
  /** Emulator only: the 12-digit account to work in, sent as the access key id (moto, LocalStack and MiniStack map it to that account). */
  account?: string;
  endpoint?: string;
  region?: string;
  profile?: string;
}

/** Emulators accept any key; these keep a learner's real keys from being sent to localhost. */
const EMULATOR_CREDENTIALS: AwsCredentialIdentity = { accessKeyId: 'test', secretAccessKey: 'test' };

export function defaultEmulatorEndpoint(port = DEFAULT_EMULATOR_PORT): string {
  return `http://localhost:${port}`;
}

export function resolveTarget(options: TargetOptions, env: NodeJS.ProcessEnv = process.env): Target {
  const kind = options.kind ?? 'emulator';
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? DEFAULT_REGION;
  const endpoint =
    options.endpoint ?? env.AWS_ENDPOINT_URL ?? (kind === 'emulator' ? defaultEmulatorEndpoint() : undefined);
  const credentials =
    kind === 'emulator' && options.account
      ? { accessKeyId: options.account, secretAccessKey: 'test' }
      : !options.profile && kind === 'emulator' && !env.AWS_ACCESS_KEY_ID ? EMULATOR_CREDENTIALS : undefined;
  const account = kind === 'emulator' && options.account ? { account: options.account } : {};
  return { kind, endpoint, region, credentials, ...(options.profile ? { profile: options.profile } : {}), ...account };
}

/** The SDK client configuration shared by every service client of one target. */
export function clientConfig(target: Target, overrides: { maxAttempts?: number; timeoutMs?: number } = {}) {
  return {
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
    ...(target.profile ? { profile: target.profile } : {}),
    maxAttempts: overrides.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: overrides.timeoutMs ?? 5_000, requestTimeout: 30_000 },
  };
}
