/**
 * Why a deploy or destroy could not be done. The CLI turns `code` (plus `details`) into a
 * localized message; `message` is a plain English fallback for logs and developers.
 */
export type DeployErrorCode =
  /** No reference stack exists for this lab id. details: labId, known */
  | 'unknown-lab'
  /** The learner name cannot be part of a bucket/stack name. details: learner, maxLength */
  | 'bad-learner'
  /** The template has a resource type the emulator engine cannot apply. details: logicalId, type, supported */
  | 'unsupported-resource'
  /** A resource uses a property the engine would silently drop. details: logicalId, type, property */
  | 'unsupported-property'
  /** The template uses an intrinsic function the engine does not evaluate. details: fn, path */
  | 'unsupported-intrinsic'
  /** The template is malformed (dangling Ref, bad Fn::Select index …). details: path, reason */
  | 'template-error'
  /** Resources depend on each other in a loop. details: cycle (logical ids) */
  | 'dependency-cycle'
  /** A named resource already exists and is not one NubeLab deployed. details: logicalId, type, physicalId */
  | 'resource-exists'
  /** Destroy found a resource with the stack's name that NubeLab did not deploy; it was left alone. */
  | 'resource-not-owned'
  /** An API call failed while creating a resource; what this run created was rolled back.
   *  details: logicalId, type, physicalId, awsCode, rolledBack, rollbackFailed */
  | 'resource-failed'
  /** An API call failed while deleting a resource. details: logicalId, type, physicalId, awsCode */
  | 'delete-failed'
  /** The lab's sample data file is missing. details: file */
  | 'seed-missing'
  /** A seed names a stack output the stack does not have. details: output */
  | 'seed-output-missing'
  /** The lab's setup (SDK calls after deploy or before destroy) failed. details: labId, phase ('apply' | 'remove'), awsCode */
  | 'setup-failed'
  /** The installed CDK CLI is not the pinned 2.x. details: version, expected */
  | 'toolkit-version'
  /** The CDK CLI exited with an error. details: command, exitCode, lastLines */
  | 'toolkit-failed';

export class DeployError extends Error {
  readonly code: DeployErrorCode;
  /** Plain data for the localized message: ids, names, AWS error codes. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: DeployErrorCode, message: string, details: Record<string, unknown> = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'DeployError';
    this.code = code;
    this.details = details;
  }
}

export function isDeployError(error: unknown, code?: DeployErrorCode): error is DeployError {
  return error instanceof DeployError && (code === undefined || error.code === code);
}
