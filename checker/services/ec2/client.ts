import type { EC2Client } from '@aws-sdk/client-ec2';
import { defineClient, type ClientFactory } from '../service.ts';

/** The EC2 SDK package: large (it adds ~0.4 s to start-up), so it is loaded only when an EC2 read or write happens. */
export type Ec2Sdk = typeof import('@aws-sdk/client-ec2');
export const ec2Sdk = (): Promise<Ec2Sdk> => import('@aws-sdk/client-ec2');

let factory: Promise<ClientFactory<EC2Client>> | undefined;

/** The EC2 client factory, made once on first use, so every run's client cache recognises it. */
export function ec2Client(): Promise<ClientFactory<EC2Client>> {
  return (factory ??= ec2Sdk().then(({ EC2Client }) => defineClient<EC2Client>('EC2', (config) => new EC2Client(config))));
}
