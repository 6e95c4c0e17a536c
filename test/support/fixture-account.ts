import type { EncryptionRule, LifecycleRule, PolicyDocument, PublicAccessBlock, S3Reader, AccountReader } from '../../checker/aws/s3-types.ts';
import { createMemo } from '../../checker/core/memo.ts';
import type { CheckContext } from '../../checker/core/types.ts';

/** An account described as plain data, for unit tests of checks (no network, no SDK). */
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
  objects?: Record<string, string>;
}

export interface AccountFixture {
  accountId?: string;
  accountPublicAccessBlock?: PublicAccessBlock;
  buckets: BucketFixture[];
  /** Errors to throw from a reader method, e.g. { publicAccessBlock: accessDenied }. */
  failures?: Partial<Record<keyof S3Reader | keyof AccountReader, unknown>>;
}

const ALL_BLOCKED: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

/** The state the lab's reference solution produces. */
export function referenceBucket(name = 'taxis-datalake-ana-123456789012'): BucketFixture {
  return {
    name,
    region: 'us-east-1',
    createdAt: '2026-11-01T10:00:00.000Z',
    ownership: 'BucketOwnerEnforced',
    publicAccessBlock: { ...ALL_BLOCKED },
    versioning: 'Enabled',
    encryption: [{ algorithm: 'AES256' }],
    policy: {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }],
    },
    lifecycle: [{
      id: 'raw',
      enabled: true,
      prefix: 'raw/',
      hasTagOrSizeFilter: false,
      transitions: [{ days: 30, storageClass: 'STANDARD_IA' }],
      noncurrentExpirationDays: 90,
    }],
    objects: { 'raw/taxi-sample.csv': 'VendorID,tpep_pickup_datetime,tpep_dropoff_datetime,passenger_count,trip_distance,RatecodeID,store_and_fwd_flag,PULocationID,DOLocationID,payment_type,fare_amount,extra,mta_tax,tip_amount,tolls_amount,improvement_surcharge,total_amount\n1,2025-01-01 00:00:00,2025-01-01 00:10:00,1,2.1,1,N,1,2,1,10,0,0.5,2,0,1,13.5\n' },
  };
}

export interface FixtureContext extends CheckContext {
  /** Every reader call, in order, as `method:argument`. */
  calls: string[];
}

export function fixtureContext(account: AccountFixture, region = 'us-east-1'): FixtureContext {
  const memo = createMemo();
  const calls: string[] = [];
  const bucket = (name: string) => {
    const b = account.buckets.find((x) => x.name === name);
    if (!b) throw Object.assign(new Error(`NoSuchBucket ${name}`), { name: 'NoSuchBucket' });
    return b;
  };
  const read = <T>(method: keyof S3Reader | keyof AccountReader, arg: string, value: () => T): Promise<T> =>
    memo(`${method}:${arg}`, async () => {
      calls.push(`${method}:${arg}`);
      const failure = account.failures?.[method];
      if (failure) throw failure;
      return value();
    });
  const s3: S3Reader = {
    listBuckets: () => read('listBuckets', '', () => account.buckets.map((b) => ({ name: b.name, creationDate: b.createdAt }))),
    bucketRegion: (n) => read('bucketRegion', n, () => bucket(n).region ?? 'us-east-1'),
    objectOwnership: (n) => read('objectOwnership', n, () => bucket(n).ownership),
    publicAccessBlock: (n) => read('publicAccessBlock', n, () => bucket(n).publicAccessBlock),
    versioning: (n) => read('versioning', n, () => bucket(n).versioning),
    encryption: (n) => read('encryption', n, () => bucket(n).encryption),
    policy: (n) => read('policy', n, () => bucket(n).policy),
    lifecycleRules: (n) => read('lifecycleRules', n, () => bucket(n).lifecycle),
    listObjects: (n, prefix, max) => read('listObjects', `${n}/${prefix}`, () =>
      Object.entries(bucket(n).objects ?? {}).filter(([k]) => k.startsWith(prefix)).slice(0, max).map(([key, body]) => ({ key, size: body.length }))),
    readObjectStart: (n, key, bytes) => read('readObjectStart', `${n}/${key}`, () => (bucket(n).objects?.[key] ?? '').slice(0, bytes)),
  };
  const accountReader: AccountReader = {
    id: () => read('id', '', () => account.accountId ?? '123456789012'),
    s3PublicAccessBlock: () => read('s3PublicAccessBlock', '', () => account.accountPublicAccessBlock),
  };
  return { s3, account: accountReader, settings: { region }, derive: (k, f) => memo(`derived:${k}`, f), calls };
}
