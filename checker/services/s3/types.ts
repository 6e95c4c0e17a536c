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

/** What HeadObject tells about an object that exists. */
export interface ObjectHead {
  size: number;
  /** ISO 8601. */
  lastModified?: string;
}

/** One S3 → Lambda event notification, with its key filter flattened. */
export interface LambdaNotification {
  id?: string;
  functionArn: string;
  /** e.g. `s3:ObjectCreated:*`, `s3:ObjectCreated:Put`. */
  events: string[];
  /** undefined: no prefix rule (every key matches). */
  prefix?: string;
  suffix?: string;
}

/** One S3 → SQS event notification, with its key filter flattened as for functions. */
export interface QueueNotification extends Omit<LambdaNotification, 'functionArn'> {
  queueArn: string;
}

export interface BucketNotifications {
  lambda: LambdaNotification[];
  queues: QueueNotification[];
  /** How many SNS destinations there are, and whether EventBridge gets every event. */
  topics: number;
  eventBridge: boolean;
}

export interface S3Reader {
  listBuckets(): Promise<BucketSummary[]>;
  bucketRegion(bucket: string): Promise<string>;
  /** The bucket's tags by key (none: empty); tells the reference solution's bucket by its owner tags. */
  bucketTags(bucket: string): Promise<Readonly<Record<string, string>>>;
  /** undefined: no ownership controls (ACLs enabled, the pre-2023 default). */
  objectOwnership(bucket: string): Promise<string | undefined>;
  publicAccessBlock(bucket: string): Promise<PublicAccessBlock | undefined>;
  /** undefined: versioning was never turned on. */
  versioning(bucket: string): Promise<string | undefined>;
  encryption(bucket: string): Promise<EncryptionRule[] | undefined>;
  policy(bucket: string): Promise<PolicyDocument | undefined>;
  lifecycleRules(bucket: string): Promise<LifecycleRule[] | undefined>;
  listObjects(bucket: string, prefix: string, max: number): Promise<ObjectSummary[]>;
  /** An object's size and date (HeadObject: nothing is downloaded); undefined when there is no such key. */
  headObject(bucket: string, key: string): Promise<ObjectHead | undefined>;
  /** The first `bytes` bytes of an object, as text (a ranged GET: the rest is never downloaded). */
  readObjectStart(bucket: string, key: string, bytes: number): Promise<string>;
  /** The first `bytes` bytes of an object, as bytes (a ranged GET), e.g. an image's header. */
  readObjectBytes(bucket: string, key: string, bytes: number): Promise<Uint8Array>;
  /**
   * The last `bytes` bytes of an object (a suffix-ranged GET: the rest is never downloaded), e.g. a
   * Parquet file's footer; the whole object when it is shorter.
   */
  readObjectEnd(bucket: string, key: string, bytes: number): Promise<Uint8Array>;
  /** The bucket's event notifications (an empty configuration when none are set). */
  notifications(bucket: string): Promise<BucketNotifications>;
  /** The account-wide S3 Block Public Access settings; undefined when not configured. */
  accountPublicAccessBlock(): Promise<PublicAccessBlock | undefined>;
}
