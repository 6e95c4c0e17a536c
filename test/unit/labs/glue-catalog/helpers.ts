import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeGlue, type DatabaseFixture, type GlueFixture, type JobFixture } from '../../../support/fakes/glue.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { awsManaged } from '../../../support/fakes/iam-policies.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';

export { S3_FULL_ACCESS } from '../../../support/fakes/iam-policies.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const ROLE = 'TaxisGlueServiceRole';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
export const JOB = 'taxis-raw-to-parquet';
export const CRAWLER = 'taxis-raw-crawler';
export const SCRIPT = `s3://${BUCKET}/scripts/raw_to_parquet.py`;

/** Small Parquet files written by fixtures/generate.py with pandas, as the lab's job writes them. */
export const parquet = (name: 'clean' | 'text-dates' | 'negative-fare') => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.parquet`)));

/** AWSGlueServiceRole as IAM returns it (its S3 and IAM statements; the EC2 and tag ones do not matter here). */
export const GLUE_SERVICE_ROLE: AttachedPolicy = {
  ...awsManaged(
    'AWSGlueServiceRole',
    { Effect: 'Allow', Action: ['glue:*', 's3:GetBucketLocation', 's3:ListBucket', 's3:ListAllMyBuckets', 's3:GetBucketAcl', 'iam:ListRolePolicies', 'iam:GetRole', 'iam:GetRolePolicy', 'cloudwatch:PutMetricData'], Resource: ['*'] },
    { Effect: 'Allow', Action: ['s3:CreateBucket'], Resource: ['arn:aws:s3:::aws-glue-*'] },
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: ['arn:aws:s3:::aws-glue-*/*', 'arn:aws:s3:::*/*aws-glue-*/*'] },
    { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::crawler-public*', 'arn:aws:s3:::aws-glue-*'] },
    { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: ['arn:aws:logs:*:*:*:/aws-glue/*'] },
  ),
  arn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
};

/** The service-roles lesson's customer managed policy. */
export function dataLakePolicy(): AttachedPolicy {
  return {
    name: 'TaxisGlueDataLakeAccess',
    kind: 'managed',
    arn: `arn:aws:iam::${ACCOUNT}:policy/TaxisGlueDataLakeAccess`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ListDataLake', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET_ARN },
        { Sid: 'ReadRawAndScripts', Effect: 'Allow', Action: 's3:GetObject', Resource: [`${BUCKET_ARN}/raw/*`, `${BUCKET_ARN}/scripts/*`] },
        { Sid: 'WriteProcessed', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: `${BUCKET_ARN}/processed/*` },
      ],
    },
  };
}

export const GLUE_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** The columns Glue's crawler gives the sample (dates as text, as its CSV classifier leaves them). */
export const CRAWLED_COLUMNS = [
  ['vendorid', 'bigint'], ['tpep_pickup_datetime', 'string'], ['tpep_dropoff_datetime', 'string'], ['passenger_count', 'bigint'],
  ['trip_distance', 'double'], ['ratecodeid', 'bigint'], ['store_and_fwd_flag', 'string'], ['pulocationid', 'bigint'],
  ['dolocationid', 'bigint'], ['payment_type', 'bigint'], ['fare_amount', 'double'], ['total_amount', 'double'],
].map(([name, type]) => ({ name: name!, type: type! }));

/** An account after the lab's reference solution, with each graded piece at hand for a test to change. */
export interface GlueAccount {
  bucket: BucketFixture;
  role: RoleFixture;
  database: DatabaseFixture;
  crawlers: NonNullable<GlueFixture['crawlers']>;
  job: JobFixture;
  otherRoles: RoleFixture[];
  otherDatabases: DatabaseFixture[];
  otherJobs: JobFixture[];
}

export function referenceAccount(): GlueAccount {
  return {
    bucket: {
      name: BUCKET,
      region: REGION,
      createdAt: '2026-11-30T09:00:00.000Z',
      objects: { 'raw/taxi-sample.csv': 'VendorID,tpep_pickup_datetime\n', 'scripts/raw_to_parquet.py': 'import pandas\n' },
      binaryObjects: { 'processed/trips/trips.parquet': parquet('clean') },
    },
    role: { name: ROLE, createdAt: '2026-11-30T10:00:00.000Z', trustPolicy: GLUE_TRUST, policies: [GLUE_SERVICE_ROLE, dataLakePolicy()] },
    database: {
      name: 'taxis',
      createdAt: '2026-11-30T10:01:00.000Z',
      tables: [{ name: 'raw', location: `s3://${BUCKET}/raw/`, columns: CRAWLED_COLUMNS, updatedByCrawler: CRAWLER }],
    },
    crawlers: [{
      name: CRAWLER, role: ROLE_ARN, database: 'taxis', s3Targets: [{ path: `s3://${BUCKET}/raw/`, exclusions: [] }], state: 'READY',
      lastCrawl: { status: 'SUCCEEDED', startedAt: '2026-11-30T10:02:00.000Z' },
    }],
    job: {
      name: JOB, role: ROLE_ARN, type: 'pythonshell', scriptLocation: SCRIPT, pythonVersion: '3.9', maxCapacity: 0.0625,
      createdAt: '2026-11-30T10:03:00.000Z', defaultArguments: { '--BUCKET': BUCKET, 'library-set': 'analytics' },
      runs: [{ state: 'SUCCEEDED', executionSeconds: 41, completedAt: '2026-11-30T11:01:00.000Z' }],
    },
    otherRoles: [],
    otherDatabases: [],
    otherJobs: [],
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: GlueAccount) => void = () => {}): Promise<Outcome> {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      s3: fakeS3({ buckets: [a.bucket] }),
      iam: fakeIam({ accountId: ACCOUNT, roles: [a.role, ...a.otherRoles] }),
      glue: fakeGlue({ databases: [a.database, ...a.otherDatabases], crawlers: a.crawlers, jobs: [a.job, ...a.otherJobs] }),
    },
    { region: REGION },
  );
  return check.run(ctx);
}
