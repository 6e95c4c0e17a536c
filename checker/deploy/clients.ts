import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { clientConfig, type Target } from '../aws/target.ts';

/** The SDK clients one deploy needs, created on first use and closed together at the end. */
export interface DeployClients {
  readonly s3: S3Client;
  readonly sts: STSClient;
  readonly cloudFormation: CloudFormationClient;
  close(): void;
}

export function deployClients(target: Target): DeployClients {
  // Writes can be slow on a busy emulator; allow the SDK's retries but a longer timeout.
  const config = clientConfig(target, { timeoutMs: 10_000 });
  const created: { destroy(): void }[] = [];
  const lazy = <T extends { destroy(): void }>(make: () => T) => {
    let client: T | undefined;
    return () => {
      if (!client) created.push((client = make()));
      return client;
    };
  };
  // Path-style S3 URLs: emulators on localhost cannot serve bucket-name subdomains.
  const s3 = lazy(() => new S3Client({ ...config, forcePathStyle: Boolean(target.endpoint) }));
  const sts = lazy(() => new STSClient(config));
  const cloudFormation = lazy(() => new CloudFormationClient(config));
  return {
    get s3() {
      return s3();
    },
    get sts() {
      return sts();
    },
    get cloudFormation() {
      return cloudFormation();
    },
    close() {
      for (const client of created.splice(0)) client.destroy();
    },
  };
}

export async function accountIdOf(clients: DeployClients): Promise<string> {
  const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
  if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account');
  return identity.Account;
}
