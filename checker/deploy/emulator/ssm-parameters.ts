import type { SSMClient } from '@aws-sdk/client-ssm';
import type { DeployClients } from '../clients.ts';
import type { CfnTemplate } from '../template/types.ts';
import { defineClient, type ClientFactory } from '../../services/service.ts';

/**
 * Template parameters of type `AWS::SSM::Parameter::Value<…>` name an SSM parameter in their
 * Default; CloudFormation reads its value when it deploys. CDK emits one for
 * `MachineImage.latestAmazonLinux2023()` (the AMI id behind the public
 * `/aws/service/ami-amazon-linux-latest/…` parameter). The emulator engine has no CloudFormation,
 * so it reads them itself, before planning.
 *
 * Only parameters the resources or outputs refer to are read: every CDK template also declares
 * `BootstrapVersion`, used only by its Rules, whose parameter exists only after `cdk bootstrap`.
 */

export type ParameterLookup = (name: string) => Promise<string>;

const isSsmBacked = (type: string) => type.startsWith('AWS::SSM::Parameter::Value<');

/** The names of the template's SSM-backed parameters that its resources or outputs use. */
export function usedSsmParameters(template: CfnTemplate): string[] {
  const used = JSON.stringify([template.Resources ?? {}, template.Outputs ?? {}]);
  return Object.entries(template.Parameters ?? {})
    .filter(([name, p]) => isSsmBacked(p.Type) && typeof p.Default === 'string' && used.includes(JSON.stringify({ Ref: name })))
    .map(([name]) => name);
}

/** Values of the used SSM-backed parameters, by template parameter name. */
export async function resolveSsmParameters(template: CfnTemplate, lookup: ParameterLookup): Promise<Record<string, string>> {
  const names = usedSsmParameters(template);
  const values = await Promise.all(names.map((name) => lookup(String(template.Parameters![name]!.Default))));
  return Object.fromEntries(names.map((name, i) => [name, values[i]!]));
}

let factory: Promise<ClientFactory<SSMClient>> | undefined;

/** Loaded on first use: only stacks with an SSM-backed parameter need the SSM SDK. */
const ssm = () => import('@aws-sdk/client-ssm');
const ssmClient = () => (factory ??= ssm().then(({ SSMClient }) => defineClient<SSMClient>('SSM', (config) => new SSMClient(config))));

/** Reads a parameter's value with SSM GetParameter (the public `/aws/service/…` ones included). */
export const ssmLookup = (clients: DeployClients): ParameterLookup => async (name) => {
  const [{ GetParameterCommand }, client] = await Promise.all([ssm(), ssmClient()]);
  const out = await clients.get(client).send(new GetParameterCommand({ Name: name }));
  return out.Parameter?.Value ?? '';
};
