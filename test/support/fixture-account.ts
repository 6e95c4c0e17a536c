import { fakeContext, type FakeContext } from './fake-context.ts';
import { fakeS3, type BucketFixture, type S3Fixture } from './fakes/s3.ts';
import type { PublicAccessBlock } from '../../checker/services/s3/types.ts';

export type { BucketFixture } from './fakes/s3.ts';

/** An account with S3 buckets, for unit tests of the s3-bucket lab's checks. */
export interface AccountFixture extends S3Fixture {
  accountId?: string;
  /** Errors to throw from a reader method, keyed `service.method`, e.g. { 's3.publicAccessBlock': accessDenied }. */
  failures?: Readonly<Record<string, unknown>>;
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

export type FixtureContext = FakeContext;

export function fixtureContext(account: AccountFixture, region = 'us-east-1'): FixtureContext {
  return fakeContext(
    { s3: fakeS3(account), account: { id: async () => account.accountId ?? '123456789012' } },
    { region, failures: account.failures },
  );
}
