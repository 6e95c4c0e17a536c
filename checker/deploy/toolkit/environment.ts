import type { AwsCredentialIdentity } from '@smithy/types';
import type { Target } from '../../aws/target.ts';

async function staticCredentials(target: Target): Promise<AwsCredentialIdentity | undefined> {
  const { credentials } = target;
  if (!credentials) return undefined;
  return typeof credentials === 'function' ? credentials() : credentials;
}

/**
 * The environment the CDK CLI runs in: the target's region, endpoint and credentials (the CLI has
 * no endpoint option; AWS_ENDPOINT_URL is honoured by it and by the SDK it uses), and no
 * telemetry, notices or version check, which would try to reach the internet.
 */
export async function toolkitEnvironment(target: Target, base: NodeJS.ProcessEnv = process.env): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...base,
    AWS_REGION: target.region,
    AWS_DEFAULT_REGION: target.region,
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CDK_DISABLE_VERSION_CHECK: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // The target is the single source of truth: no endpoint means the real AWS endpoints.
  if (target.endpoint) env.AWS_ENDPOINT_URL = target.endpoint;
  else delete env.AWS_ENDPOINT_URL;
  if (target.profile) {
    // A named profile: the CLI reads the shared config files itself, as the SDK clients do.
    env.AWS_PROFILE = target.profile;
    for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete env[key];
  }
  const credentials = await staticCredentials(target);
  if (credentials) {
    // Explicit keys must win over a profile the shell happens to have selected.
    delete env.AWS_PROFILE;
    env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
    if (credentials.sessionToken) env.AWS_SESSION_TOKEN = credentials.sessionToken;
    else delete env.AWS_SESSION_TOKEN;
  }
  return env;
}
