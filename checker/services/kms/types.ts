/** Plain data the KMS reader returns; checks and their fixtures depend on these, not on the SDK. */
import type { PolicyDocument } from '../../aws/policy.ts';

export type { PolicyDocument };

/** One alias: `alias/<name>` and the key id it points to (none for an AWS alias not created yet). */
export interface AliasInfo {
  name: string;
  arn: string;
  targetKeyId?: string;
}

/** What DescribeKey tells about a key. */
export interface KeyInfo {
  id: string;
  arn: string;
  /** Enabled, Disabled, PendingDeletion, PendingImport, Unavailable, … */
  state: string;
  /** CUSTOMER (yours) or AWS (an AWS managed key such as aws/s3). */
  manager: string;
  /** SYMMETRIC_DEFAULT for a symmetric encryption key. */
  spec: string;
  /** ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, … */
  usage: string;
  /** AWS_KMS when KMS generated the material (the only origin automatic rotation accepts). */
  origin: string;
  /** ISO 8601. */
  createdAt?: string;
  description: string;
}

export interface RotationStatus {
  enabled: boolean;
  /** Days between rotations when AWS reports it (365 unless configured). */
  periodDays?: number;
}

export interface KmsReader {
  listAliases(): Promise<AliasInfo[]>;
  /** undefined when there is no such key (or the caller may not see it). */
  describeKey(keyId: string): Promise<KeyInfo | undefined>;
  rotation(keyId: string): Promise<RotationStatus>;
  /** The key's `default` policy, parsed. */
  keyPolicy(keyId: string): Promise<PolicyDocument | undefined>;
  keyTags(keyId: string): Promise<Record<string, string>>;
}
