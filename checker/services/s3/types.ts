/** Plain data the S3 reader returns; checks and their fixtures depend on these, not on the SDK. */
import type { PolicyDocument } from '../../aws/policy.ts';

export type { PolicyDocument, PolicyStatement } from '../../aws/policy.ts';

export interface BucketSummary {
  name: string;
  /** ISO 8601. */
  creationDate?: string;
}

export interface PublicAccessBlock {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface EncryptionRule {
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

export interface LifecycleTransition {
  days?: number;
  date?: string;
  storageClass: string;
}

export interface LifecycleRule {
  id?: string;
  enabled: boolean;
  /** '' means the whole bucket. */
  prefix: string;
  /** Tag or size filters narrow a rule below a prefix. */
  hasTagOrSizeFilter: boolean;
  transitions: LifecycleTransition[];
  noncurrentExpirationDays?: number;
  noncurrentNewerVersions?: number;
}

export interface ObjectSummary {
  key: string;
  size: number;
}

export interface S3Reader {
  listBuckets(): Promise<BucketSummary[]>;
  bucketRegion(bucket: string): Promise<string>;
  /** undefined: no ownership controls (ACLs enabled, the pre-2023 default). */
  objectOwnership(bucket: string): Promise<string | undefined>;
  publicAccessBlock(bucket: string): Promise<PublicAccessBlock | undefined>;
  /** undefined: versioning was never turned on. */
  versioning(bucket: string): Promise<string | undefined>;
  encryption(bucket: string): Promise<EncryptionRule[] | undefined>;
  policy(bucket: string): Promise<PolicyDocument | undefined>;
  lifecycleRules(bucket: string): Promise<LifecycleRule[] | undefined>;
  listObjects(bucket: string, prefix: string, max: number): Promise<ObjectSummary[]>;
  /** The first `bytes` bytes of an object, as text (a ranged GET: the rest is never downloaded). */
  readObjectStart(bucket: string, key: string, bytes: number): Promise<string>;
  /** The account-wide S3 Block Public Access settings; undefined when not configured. */
  accountPublicAccessBlock(): Promise<PublicAccessBlock | undefined>;
}
