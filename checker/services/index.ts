import { athena } from './athena/index.ts';
import { dynamodb } from './dynamodb/index.ts';
import { ec2 } from './ec2/index.ts';
import { glue } from './glue/index.ts';
import { iam } from './iam/index.ts';
import { kms } from './kms/index.ts';
import { lambda } from './lambda/index.ts';
import { logs } from './logs/index.ts';
import { quicksight } from './quicksight/index.ts';
import { s3 } from './s3/index.ts';
import { sagemaker } from './sagemaker/index.ts';
import { looksReadOnly } from './service.ts';
import { account } from './sts/index.ts';

/**
 * Every AWS service NubeLab reads or deploys. Adding a service is its folder plus one line here:
 * the check context, the read-only guard's allowlist, the grader policy, the emulator's resource
 * handlers and the test fakes are all derived from this list.
 */
export const SERVICES = [account, s3, iam, lambda, logs, athena, glue, ec2, quicksight, sagemaker, kms, dynamodb] as const;

type Service = (typeof SERVICES)[number];

/** What a check's context offers: one reader per service, under the service's name. */
export type ServiceReaders = { [S in Service as S['name']]: ReturnType<S['reader']> };
export type ServiceName = Service['name'];

/** `<SdkName>:<Operation>` → IAM action, over every service. */
export const READ_OPERATIONS: Readonly<Record<string, string | null>> = Object.assign(
  {},
  ...SERVICES.map((service) => service.readOperations),
);

/** The read-only guard lets through only operations a service declared, and only reads. */
export function isDeclaredRead(sdkName: string, operation: string): boolean {
  const key = `${sdkName}:${operation}`;
  return Object.hasOwn(READ_OPERATIONS, key) && looksReadOnly(key);
}

/** A least-privilege, read-only IAM policy for graders' credentials, built from the declared reads. */
export function graderPolicy() {
  const actions = [...new Set(Object.values(READ_OPERATIONS).filter((a): a is string => a !== null))].sort();
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NubeLabGraderReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }],
  };
}
