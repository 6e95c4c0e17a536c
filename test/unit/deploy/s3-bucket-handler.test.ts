import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import { generatedBucketName } from '../../../checker/services/s3/bucket-handler.ts';
import { bucketConfig } from '../../../checker/services/s3/bucket-config.ts';
import { pseudo } from './fake-handlers.ts';

const scope = { logicalId: 'Bucket', type: 'AWS::S3::Bucket' };

describe('bucketConfig: CloudFormation properties to S3 API inputs', () => {
  it('translates every property the reference stack uses', () => {
    const config = bucketConfig(scope, {
      BucketName: 'taxis-datalake-ana-123456789012',
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: 'true', IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [{ Id: 'raw', Status: 'Enabled', Prefix: 'raw/', Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: '30' }], NoncurrentVersionExpiration: { NoncurrentDays: 90 } }],
      },
      Tags: [{ Key: 'nubelab:lab', Value: 's3-bucket' }],
    });
    expect(config).toEqual({
      name: 'taxis-datalake-ana-123456789012',
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256', KMSMasterKeyID: undefined }, BucketKeyEnabled: undefined }] },
      publicAccessBlock: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      ownership: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      versioning: { Status: 'Enabled' },
      lifecycle: {
        Rules: [{ ID: 'raw', Status: 'Enabled', Filter: { Prefix: 'raw/' }, Transitions: [{ StorageClass: 'STANDARD_IA', Days: 30 }], NoncurrentVersionExpiration: { NoncurrentDays: 90 } }],
      },
      tags: [{ Key: 'nubelab:lab', Value: 's3-bucket' }],
    });
  });

  it('turns omitted public access block settings into explicit false', () => {
    expect(bucketConfig(scope, { PublicAccessBlockConfiguration: { BlockPublicAcls: true } }).publicAccessBlock).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
  });

  it('builds lifecycle filters as the S3 API wants them: whole bucket, one criterion, or And', () => {
    const rule = (extra: Record<string, unknown>) =>
      bucketConfig(scope, { LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 7, ...extra }] } }).lifecycle!.Rules![0]!;
    expect(rule({}).Filter).toEqual({ Prefix: '' });
    expect(rule({}).Expiration).toEqual({ Days: 7 });
    expect(rule({ TagFilters: [{ Key: 'k', Value: 'v' }] }).Filter).toEqual({ Tag: { Key: 'k', Value: 'v' } });
    expect(rule({ Prefix: 'raw/', ObjectSizeGreaterThan: 128 }).Filter).toEqual({ And: { Prefix: 'raw/', ObjectSizeGreaterThan: 128 } });
    expect(rule({ NoncurrentVersionExpirationInDays: 10 }).NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 10 });
  });

  it('refuses properties it does not apply, at any depth, naming the path', () => {
    const unsupported = (properties: Record<string, unknown>) => {
      try {
        bucketConfig(scope, properties);
      } catch (error) {
        if (error instanceof DeployError && error.code === 'unsupported-property') return error.details.property;
        throw error;
      }
      return undefined;
    };
    expect(unsupported({ WebsiteConfiguration: {} })).toBe('WebsiteConfiguration');
    expect(unsupported({ LifecycleConfiguration: { Rules: [{ Status: 'Enabled', Transition: {} }] } })).toBe('LifecycleConfiguration.Rules[0].Transition');
    expect(unsupported({ VersioningConfiguration: { Status: 'Enabled', MfaDelete: 'Enabled' } })).toBe('VersioningConfiguration.MfaDelete');
  });

  it('rejects values of the wrong type as template errors', () => {
    expect(() => bucketConfig(scope, { LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 'soon' }] } })).toThrow(/expected an integer/);
  });
});

describe('generatedBucketName', () => {
  it('is a valid, stable bucket name derived from account, region, stack and logical id', () => {
    const name = generatedBucketName({ ...pseudo, stackName: 'NubeLab-s3-bucket-ana' }, 'DataLakeBucket0256EA8E');
    expect(name).toMatch(/^nubelab-s3-bucket-ana-datalakebucket0256ea8e-[0-9a-f]{12}$/);
    expect(generatedBucketName({ ...pseudo, stackName: 'NubeLab-s3-bucket-ana' }, 'DataLakeBucket0256EA8E')).toBe(name);
    expect(generatedBucketName({ ...pseudo, accountId: '210987654321', stackName: 'NubeLab-s3-bucket-ana' }, 'DataLakeBucket0256EA8E')).not.toBe(name);
    expect(generatedBucketName({ ...pseudo, stackName: 'S'.repeat(100) }, 'L'.repeat(100)).length).toBeLessThanOrEqual(63);
  });
});
