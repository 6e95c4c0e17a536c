import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { cdkJsonContext } from '../../checker/deploy/synth.ts';
import { S3_BUCKET_MAX_LEARNER as MAX_LEARNER_LENGTH } from '../../infra/lib/s3-bucket-stack.ts';
import { S3BucketStack } from '../../infra/lib/s3-bucket-stack.ts';
import { addLabStack, findLabStack, LAB_TAG, LEARNER_TAG } from '../../infra/lib/stacks.ts';

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/** An app as the CDK CLI builds it: cdk.json's feature flags, output to a throwaway directory. */
function newApp(): App {
  const outdir = mkdtempSync(join(tmpdir(), 'nubelab-infra-test-'));
  outdirs.push(outdir);
  return new App({ outdir, context: cdkJsonContext() });
}

function labStack(learner = 'ana'): { app: App; stack: Stack } {
  const app = newApp();
  const stack = addLabStack(app, findLabStack('s3-bucket')!, { learner });
  return { app, stack };
}

describe('S3BucketStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  const bucketArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataLakeBucket'), 'Arn'] };

  it('names the bucket after the learner and the deploying account, hard-coding neither account nor region', () => {
    template.resourceCountIs('AWS::S3::Bucket', 1);
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: { 'Fn::Join': ['', ['taxis-datalake-ana-', { Ref: 'AWS::AccountId' }]] },
    });
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/\b\d{12}\b/);
    expect(json).not.toMatch(/us-east-1|eu-west-1/);
  });

  it('configures the bucket exactly as the lab asks', () => {
    const bucket = Object.values(template.findResources('AWS::S3::Bucket'))[0]!;
    expect(bucket.Properties).toEqual({
      BucketName: expect.anything(),
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: 'raw-to-infrequent-access',
            Status: 'Enabled',
            Prefix: 'raw/',
            Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }],
            NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          },
        ],
      },
      Tags: [
        { Key: LAB_TAG, Value: 's3-bucket' },
        { Key: LEARNER_TAG, Value: 'ana' },
      ],
    });
    expect(bucket.DeletionPolicy).toBe('Delete');
  });

  it('denies every request without TLS, on the bucket and on every object', () => {
    template.resourceCountIs('AWS::S3::BucketPolicy', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^DataLakeBucket') },
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: [bucketArn, { 'Fn::Join': ['', [bucketArn, '/*']] }],
          },
        ],
      },
    });
  });

  it('outputs the bucket name', () => {
    template.hasOutput('BucketName', { Value: { Ref: Match.stringLikeRegexp('^DataLakeBucket') } });
  });

  it('adds no Lambda-backed custom resources (emulators cannot run them)', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type);
    expect(types.filter((type) => type.startsWith('Custom::') || type.startsWith('AWS::Lambda::'))).toEqual([]);
    expect(new Set(types)).toEqual(new Set(['AWS::S3::Bucket', 'AWS::S3::BucketPolicy']));
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges only AwsSolutions-S1, with a written reason', () => {
    const acknowledged = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY));
    const rules = acknowledged.flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(rules.map(([id]) => id)).toEqual([expect.stringMatching(/AwsSolutions-S1$/)]);
    expect(rules[0]![1].length).toBeGreaterThan(40);
  });

  it("synthesizes with cdk-nag as a validation plugin and with CDK's CloudFormation validation, both clean", () => {
    const app = newApp();
    addLabStack(app, findLabStack('s3-bucket')!, { learner: 'ana' });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    // Synthesis throws ValidationFailed on any finding of either plugin, warnings included
    // (the bare-bucket case below shows it does).
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });
});

describe('the validations really run (non-compliance case)', () => {
  it('cdk-nag flags a bare bucket: no TLS enforcement, no access logs', () => {
    const stack = new Stack(newApp(), 'Bare');
    new s3.Bucket(stack, 'Bare', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    const ids = new AwsSolutionsChecks().validateScope(stack).violations.map((v) => v.ruleName);
    expect(ids).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });

  it('synthesis fails when a plugin reports a finding', () => {
    const app = newApp();
    new s3.Bucket(new Stack(app, 'Bare'), 'Bare');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
  });
});

describe('learner names', () => {
  const build = (learner: string) => () => new S3BucketStack(newApp(), 'Test', { learner });

  it('accepts lowercase letters, digits and inner hyphens up to the length that keeps the name within 63', () => {
    expect(MAX_LEARNER_LENGTH).toBe(35);
    expect(build('ana')).not.toThrow();
    expect(build('grupo-3')).not.toThrow();
    expect(build('a'.repeat(35))).not.toThrow();
    expect(`taxis-datalake-${'a'.repeat(35)}-123456789012`).toHaveLength(63);
  });

  it.each(['', 'Ana', 'ana_b', 'ana.b', '-ana', 'ana-', 'a'.repeat(36)])('rejects %j with a clear error', (learner) => {
    expect(build(learner)).toThrow(/Invalid learner name/);
  });
});
