import type { PolicyDocument } from '../../../checker/aws/policy.ts';
import type { FunctionInfo, LambdaReader } from '../../../checker/services/lambda/types.ts';

/** A function described as plain data, for unit tests of Lambda checks; unset fields get Lambda's defaults. */
export interface FunctionFixture extends Partial<Omit<FunctionInfo, 'name' | 'role'>> {
  name: string;
  /** The execution role's ARN. */
  role: string;
  /** The function's resource-based policy (what `aws lambda add-permission` builds); none when absent. */
  policy?: PolicyDocument;
  tags?: Record<string, string>;
}

export interface LambdaFixture {
  accountId?: string;
  region?: string;
  functions: FunctionFixture[];
}

/** A Lambda reader that answers from plain data; like the real reader, a function without a policy (or unknown) has none. */
export function fakeLambda(f: LambdaFixture): LambdaReader {
  const account = f.accountId ?? '123456789012';
  const region = f.region ?? 'us-east-1';
  const info = ({ policy: _policy, tags: _tags, ...fn }: FunctionFixture): FunctionInfo => ({
    arn: `arn:aws:lambda:${region}:${account}:function:${fn.name}`,
    // A container-image function has no runtime nor handler; a .zip one defaults to the lesson's.
    ...(fn.packageType === 'Image' ? {} : { runtime: 'python3.13', handler: 'lambda_function.lambda_handler' }),
    timeoutSeconds: 3,
    memoryMb: 128,
    architectures: ['x86_64'],
    packageType: 'Zip',
    environmentKeys: Object.keys(fn.environment ?? {}),
    environment: {},
    layers: [],
    state: 'Active',
    ...fn,
  });
  return {
    listFunctions: async () => f.functions.map(info),
    resourcePolicy: async (name) => f.functions.find((fn) => fn.name === name)?.policy,
    functionTags: async (arn) => f.functions.find((fn) => info(fn).arn === arn)?.tags ?? {},
  };
}
