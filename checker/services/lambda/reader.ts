import { GetPolicyCommand, LambdaClient, ListTagsCommand, paginateListFunctions, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { orUndefinedWhen } from '../../aws/errors.ts';
import type { PolicyDocument } from '../../aws/policy.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { FunctionInfo, LambdaReader } from './types.ts';

export const lambdaClient = defineClient('Lambda', (config) => new LambdaClient(config));

function toFunction(c: FunctionConfiguration): FunctionInfo {
  const environment = c.Environment?.Variables ?? {};
  return {
    name: c.FunctionName ?? '',
    arn: c.FunctionArn ?? '',
    runtime: c.Runtime,
    handler: c.Handler,
    role: c.Role ?? '',
    timeoutSeconds: c.Timeout ?? 3,
    memoryMb: c.MemorySize ?? 128,
    architectures: c.Architectures ?? ['x86_64'],
    packageType: c.PackageType ?? 'Zip',
    environmentKeys: Object.keys(environment),
    environment,
    layers: (c.Layers ?? []).map((l) => l.Arn ?? ''),
    state: c.State,
    lastModified: c.LastModified,
  };
}

export function createLambdaReader({ memo, client: clientOf }: ReaderDeps): LambdaReader {
  const client = () => clientOf(lambdaClient);
  return {
    listFunctions: () =>
      memo('lambda:ListFunctions', async () => {
        const functions: FunctionInfo[] = [];
        for await (const page of paginateListFunctions({ client: client() }, {})) functions.push(...(page.Functions ?? []).map(toFunction));
        return functions;
      }),

    resourcePolicy: (name) =>
      memo(`lambda:GetPolicy:${name}`, () =>
        orUndefinedWhen(['ResourceNotFoundException'], async () => {
          const out = await client().send(new GetPolicyCommand({ FunctionName: name }));
          return out.Policy ? (JSON.parse(out.Policy) as PolicyDocument) : undefined;
        })),

    functionTags: (arn) =>
      memo(`lambda:ListTags:${arn}`, async () => ({ ...(await client().send(new ListTagsCommand({ Resource: arn }))).Tags })),
  };
}
