import { clientConfig, type Target } from '../aws/target.ts';
import type { ClientFactory, SdkClient } from '../services/service.ts';
import { callerAccount, stsClient } from '../services/sts/index.ts';

/** The SDK clients one deploy needs, built on first use from each service's factory, closed together. */
export interface DeployClients {
  get<C extends SdkClient>(factory: ClientFactory<C>): C;
  close(): void;
}

export function deployClients(target: Target): DeployClients {
  // Writes can be slow on a busy emulator; allow the SDK's retries but a longer timeout.
  const config = clientConfig(target, { timeoutMs: 10_000 });
  const built = new Map<ClientFactory<SdkClient>, SdkClient>();
  return {
    get<C extends SdkClient>(factory: ClientFactory<C>): C {
      let client = built.get(factory) as C | undefined;
      if (!client) built.set(factory, (client = factory.build(config, target)));
      return client;
    },
    close() {
      for (const client of built.values()) client.destroy();
      built.clear();
    },
  };
}

export function accountIdOf(clients: DeployClients): Promise<string> {
  return callerAccount(clients.get(stsClient));
}
