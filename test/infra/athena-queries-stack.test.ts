import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ATHENA_QUERIES_MAX_LEARNER, BYTES_SCANNED_CUTOFF } from '../../infra/lib/athena-queries-stack.ts';
import { LAB_TAG, LEARNER_TAG } from '../../infra/lib/stacks.ts';
import lab from '../../labs/athena-queries/lab.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const build = labStackBuilder('athena-queries');

describe('AthenaQueriesStack', () => {
  const { stack } = build();
  const template = Template.fromStack(stack);

  it('creates the results bucket (with its TLS policy) and the workgroup; no custom resources', () => {
    expect(Object.values(template.toJSON().Resources).map((r: any) => r.Type).filter((t: string) => t !== 'AWS::CDK::Metadata').sort()).toEqual([
      'AWS::Athena::WorkGroup', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy',
    ]);
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/\b\d{12}\b/);
    expect(json).not.toMatch(/us-east-1|eu-west-1/);
  });

  it('keeps results private, encrypted and for a week only, under the learner and account', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: { 'Fn::Join': ['', ['taxis-athena-results-ana-', { Ref: 'AWS::AccountId' }]] },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LifecycleConfiguration: { Rules: [{ Id: 'expire-results', Status: 'Enabled', ExpirationInDays: 7 }] },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });

  it('enforces the workgroup configuration: results in that bucket, SSE-S3, 1 GiB per query', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'taxis-ana',
      State: 'ENABLED',
      RecursiveDeleteOption: true,
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery: BYTES_SCANNED_CUTOFF,
        ResultConfiguration: {
          OutputLocation: { 'Fn::Join': ['', ['s3://', { Ref: Match.stringLikeRegexp('^ResultsBucket') }, '/']] },
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      },
      Tags: Match.arrayWith([{ Key: LAB_TAG, Value: 'athena-queries' }, { Key: LEARNER_TAG, Value: 'ana' }]),
    });
  });

  it('passes cdk-nag AwsSolutions; each acknowledgement carries a reason', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id)).toEqual(['AwsSolutions-S1']);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it("takes the learner names the lab takes, and refuses longer ones", () => {
    expect(lab.maxLearnerLength).toBe(ATHENA_QUERIES_MAX_LEARNER);
    expect(() => build('a'.repeat(ATHENA_QUERIES_MAX_LEARNER))).not.toThrow();
    expect(() => build('a'.repeat(ATHENA_QUERIES_MAX_LEARNER + 1))).toThrow(/Invalid learner name/);
  });
});
