import type { TargetKind } from '../aws/target.ts';
import type { Localized } from '../core/i18n.ts';

/**
 * Progress of a deploy or destroy, as plain data. The CLI renders these in the learner's
 * language; the only free text is `toolkit-output`, which is the CDK CLI's own output.
 */
export type DeployEvent =
  | { kind: 'synthesized'; stackName: string; resourceCount: number }
  | { kind: 'resource-creating'; logicalId: string; type: string; physicalId: string }
  | { kind: 'resource-created'; logicalId: string; type: string; physicalId: string }
  /** The resource already existed (an earlier deploy) and its configuration was brought in line. */
  | { kind: 'resource-updated'; logicalId: string; type: string; physicalId: string }
  /** Not applied: CDK's own metadata, a resource whose Condition is false, or (destroy) DeletionPolicy Retain. */
  | {
      kind: 'resource-skipped';
      logicalId: string;
      type: string;
      reason: 'cdk-metadata' | 'condition-false' | 'retained' | 'engine-lacks-service' | 'engine-lacks-feature' | 'depends-on-skipped';
      /** engine-lacks-service: the service the engine lacks and why. */
      service?: string;
      /** engine-lacks-feature: the behaviour the engine lacks (engine-features.ts); `why` says why. */
      feature?: string;
      why?: Localized;
      /** depends-on-skipped: the skipped resource this one needs. */
      dependsOn?: string;
    }
  /** A property left out of a resource because the engine lacks what it needs (e.g. a notification to a function it cannot run). */
  | { kind: 'property-skipped'; logicalId: string; type: string; property: string; feature: string; why: Localized }
  /** One step of a lab's setup not run because the engine lacks the behaviour it needs. */
  | { kind: 'setup-step-skipped'; labId: string; step: Localized; feature: string; why: Localized }
  /** The lab's post-deploy setup (or a data file) was not run: it needs resources the engine could not have. */
  | { kind: 'setup-skipped'; labId: string; what: 'setup' | 'seed'; needs: string[] }
  /** A resource failed; resources this run created are being deleted again. */
  | { kind: 'rollback-started'; failedLogicalId: string; toDelete: string[] }
  | { kind: 'resource-deleting'; logicalId: string; type: string; physicalId: string }
  | { kind: 'resource-deleted'; logicalId: string; type: string; physicalId: string }
  /** Destroy: the resource was not there (never deployed, or already deleted). */
  | { kind: 'resource-absent'; logicalId: string; type: string; physicalId: string }
  /** Every object version and delete marker was removed so the bucket can be deleted. */
  | { kind: 'bucket-emptied'; bucket: string; deletedCount: number }
  /** Destroy: a table's deletion protection was turned off so the table can be deleted. */
  | { kind: 'deletion-protection-removed'; table: string }
  | { kind: 'seeded'; bucket: string; key: string; bytes: number }
  /** A seeded object's product appeared (e.g. the resized copy a Lambda function wrote). */
  | { kind: 'output-appeared'; bucket: string; key: string; afterMs: number }
  /** Lab setup: an Athena statement the reference runs (its DDL, the lesson's query) finished with SUCCEEDED. */
  | { kind: 'athena-query-succeeded'; workGroup: string; queryExecutionId: string; statement: 'create-table' | 'lesson-query' | 'drop-table'; table: string; afterMs: number }
  /** Lab setup: a Glue crawler the reference started finished its crawl (SUCCEEDED); its database now holds `tables` tables. */
  | { kind: 'glue-crawl-finished'; crawler: string; database: string; tables: number; afterMs: number }
  /** Lab setup: a Glue job run the reference started ended SUCCEEDED. */
  | { kind: 'glue-job-run-succeeded'; job: string; runId: string; afterMs: number }
  /** Lab setup: a SageMaker endpoint the reference created is InService. */
  | { kind: 'sagemaker-endpoint-in-service'; endpoint: string; afterMs: number }
  /** Lab setup: the endpoint answered the lesson's sample request (`request`, CSV) with `prediction`. */
  | { kind: 'sagemaker-prediction'; endpoint: string; request: string; prediction: string; afterMs: number }
  /** Lab setup (destroy): the endpoint, its configuration and its model were deleted. */
  | { kind: 'sagemaker-endpoint-removed'; endpoint: string }
  /** Destroy: KMS never deletes a key at once; it will after `days` days (PendingDeletion until then, cancellable). */
  | { kind: 'kms-key-deletion-scheduled'; keyId: string; days: number; deletionDate?: string }
  /** Lab setup: the account password policy now meets the lab's minimum (stricter existing settings are kept). */
  | { kind: 'password-policy-set'; minimumLength: number }
  /** Lab setup: the account password policy was not changed: it already met the lab's minimum, or (destroy) it is account-wide. */
  | { kind: 'password-policy-kept'; reason: 'already-met' | 'account-wide' }
  /** Lab setup: a random console password (never shown) that must be changed at first sign-in. */
  | { kind: 'console-password-set'; user: string }
  | { kind: 'console-password-removed'; user: string }
  /** Lab setup: a virtual MFA device enabled for the user with two codes computed from its seed. */
  | { kind: 'mfa-enabled'; user: string; serialNumber: string }
  | { kind: 'mfa-removed'; user: string; serialNumber: string }
  /** `--target aws`: the CDK bootstrap stack (CDKToolkit) is missing and is being created. */
  | { kind: 'bootstrapping'; account: string; region: string }
  /** `--target aws`: a CDK CLI command is starting (arguments, for logs). */
  | { kind: 'toolkit-command'; args: string[] }
  | { kind: 'toolkit-output'; stream: 'stdout' | 'stderr'; line: string }
  /** Destroy: the stack does not exist, nothing to do. */
  | { kind: 'stack-absent'; stackName: string };

export interface DeployedResource {
  logicalId: string;
  type: string;
  physicalId: string;
  /** Emulator target only: whether this run created the resource or updated an existing one. */
  action?: 'created' | 'updated';
}

/** Which deployment a result is about; every deploy and destroy result starts with these. */
export interface DeploymentIdentity {
  labId: string;
  learner: string;
  stackName: string;
  target: TargetKind;
  account: string;
  region: string;
}

export interface DeployResult extends DeploymentIdentity {
  /** The stack's outputs (e.g. BucketName), resolved. */
  outputs: Record<string, string>;
  resources: DeployedResource[];
  /** Resources not created because the engine lacks their service (or one they need), with the reason. */
  /** Resources (and properties) left out because the engine lacks a service or a behaviour. */
  skippedForEngine?: { logicalId: string; type: string; service?: string; feature?: string; property?: string; dependsOn?: string; why?: Localized }[];
  seeded: { bucket: string; key: string }[];
  durationMs: number;
}

export interface DestroyResult extends DeploymentIdentity {
  deleted: DeployedResource[];
  /** Emulator target: resources that were already gone. */
  absent: DeployedResource[];
  /** True when there was no stack to destroy (aws target) or none of its resources existed. */
  nothingToDestroy: boolean;
  durationMs: number;
}

export type ProgressListener = (event: DeployEvent) => void;
