import type { BucketNotifications, EncryptionRule, LifecycleRule, PolicyDocument, PublicAccessBlock, S3Reader } from '../../../checker/services/s3/types.ts';

/** A bucket described as plain data, for unit tests of S3 checks. */
export interface BucketFixture {
  name: string;
  region?: string;
  createdAt?: string;
  ownership?: string;
  publicAccessBlock?: PublicAccessBlock;
  versioning?: string;
  encryption?: EncryptionRule[];
  policy?: PolicyDocument;
  lifecycle?: LifecycleRule[];
  /** Text objects (CSV…), by key. */
  objects?: Record<string, string>;
  /** Binary objects (images…), by key. */
  binaryObjects?: Record<string, Uint8Array>;
  notifications?: Partial<BucketNotifications>;
  tags?: Record<string, string>;
}

export interface S3Fixture {
  accountPublicAccessBlock?: PublicAccessBlock;
  buckets: BucketFixture[];
}

/** An S3 reader that answers from plain data, with S3's "NoSuchBucket" for a bucket not in it. */
export function fakeS3(account: S3Fixture): S3Reader {
  const bucket = (name: string) => {
    const b = account.buckets.find((x) => x.name === name);
    if (!b) throw Object.assign(new Error(`NoSuchBucket ${name}`), { name: 'NoSuchBucket' });
    return b;
  };
  return {
    listBuckets: async () => account.buckets.map((b) => ({ name: b.name, creationDate: b.createdAt })),
    bucketRegion: async (n) => bucket(n).region ?? 'us-east-1',
    bucketTags: async (n) => bucket(n).tags ?? {},
    objectOwnership: async (n) => bucket(n).ownership,
    publicAccessBlock: async (n) => bucket(n).publicAccessBlock,
    versioning: async (n) => bucket(n).versioning,
    encryption: async (n) => bucket(n).encryption,
    policy: async (n) => bucket(n).policy,
    lifecycleRules: async (n) => bucket(n).lifecycle,
    listObjects: async (n, prefix, max) =>
      Object.entries({ ...bucket(n).objects, ...bucket(n).binaryObjects })
        .filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)).slice(0, max).map(([key, body]) => ({ key, size: body.length })),
    headObject: async (n, key) => {
      const text = bucket(n).objects?.[key];
      const body = bucket(n).binaryObjects?.[key] ?? (text === undefined ? undefined : new TextEncoder().encode(text));
      return body && { size: body.length };
    },
    readObjectStart: async (n, key, bytes) => (bucket(n).objects?.[key] ?? '').slice(0, bytes),
    readObjectBytes: async (n, key, bytes) => {
      const body = bucket(n).binaryObjects?.[key] ?? new TextEncoder().encode(bucket(n).objects?.[key] ?? '');
      return body.slice(0, bytes);
    },
    readObjectEnd: async (n, key, bytes) => {
      const body = bucket(n).binaryObjects?.[key] ?? new TextEncoder().encode(bucket(n).objects?.[key] ?? '');
      return body.slice(Math.max(0, body.length - bytes));
    },
    notifications: async (n) => ({ lambda: [], queues: [], topics: 0, eventBridge: false, ...bucket(n).notifications }),
    accountPublicAccessBlock: async () => account.accountPublicAccessBlock,
  };
}
