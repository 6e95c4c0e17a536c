import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { defineClient, defineService } from '../service.ts';

export const stsClient = defineClient('STS', (config) => new STSClient(config));

export interface AccountReader {
  /** The 12-digit id of the account the credentials belong to. */
  id(): Promise<string>;
}

/** STS: who the credentials are. Every run reads it first; it also proves the endpoint answers. */
export const account = defineService({
  name: 'account',
  readOperations: { 'STS:GetCallerIdentity': null },
  reader: ({ accountId }): AccountReader => ({ id: accountId }),
  handlers: [],
});

/** Reads the caller's account id with an STS client (the runner memoises it). */
export async function callerAccount(client: STSClient): Promise<string> {
  const out = await client.send(new GetCallerIdentityCommand({}));
  if (!out.Account) throw new Error('GetCallerIdentity returned no account id');
  return out.Account;
}
