import { clientConfig, type Target } from '../aws/target.ts';
import { clientCache, type ClientCache } from '../services/service.ts';
import { callerAccount, stsClient } from '../services/sts/index.ts';

/** The SDK clients one deploy needs, built on first use from each service's factory, closed together. */
export type DeployClients = ClientCache;

export function deployClients(target: Target): DeployClients {
  // Writes can be slow on a busy emulator; allow the SDK's retries but a longer timeout.
  return clientCache(target, clientConfig(target, { timeoutMs: 10_000 }));
}

export function accountIdOf(clients: DeployClients): Promise<string> {
  return callerAccount(clients.get(stsClient));
}
