import type { PolicyDocument } from '../../aws/policy.ts';

/** Plain data the Lambda reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface FunctionInfo {
  name: string;
  arn: string;
  /** `python3.13`, `nodejs22.x`…; undefined for container-image functions. */
  runtime?: string;
  handler?: string;
  /** The execution role's ARN. */
  role: string;
  timeoutSeconds: number;
  memoryMb: number;
  architectures: string[];
  packageType: string;
  /** Names only: values can be secrets and never belong in evidence. */
  environmentKeys: string[];
  /** The variables themselves, for the few a lab documents (e.g. MAX_SIZE); never put whole in evidence. */
  environment: Readonly<Record<string, string>>;
  layers: string[];
  state?: string;
  lastModified?: string;
}

export interface LambdaReader {
  /** Every function of the region (their configurations; code is never downloaded). */
  listFunctions(): Promise<FunctionInfo[]>;
  /** The function's resource-based policy; undefined when it has none. */
  resourcePolicy(name: string): Promise<PolicyDocument | undefined>;
  /** The function's tags by key; tells the reference solution's function by its owner tags. */
  functionTags(arn: string): Promise<Readonly<Record<string, string>>>;
}
