import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DATA_LAKE_MAX_LEARNER, RAW_ARRIVALS_FUNCTION_PREFIX } from '../../infra/lib/data-lake-stack.ts';
import { FUNCTION_PREFIX } from '../../labs/data-lake/setup.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('data-lake');

describe('DataLakeStack', () => {
  const { stack } = labStack();
  const json = Template.fromStack(stack).toJSON() as { Resources: Record<string, { Type: string; Properties: any }>; Outputs: Record<string, unknown> };
  const only = (type: string) => {
    const found = Object.values(json.Resources).filter((r) => r.Type === type);
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };

  it('creates the function, its role, its log group and S3\'s permission; no bucket, no bucket policy (s3-bucket owns them), no custom resources', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::IAM::Role', 'AWS::Lambda::Function', 'AWS::Lambda::Permission', 'AWS::Logs::LogGroup']);
  });

  it('names the function as the lab\'s setup looks for it, with inline Python 3.13 code that logs each new key', () => {
    expect(RAW_ARRIVALS_FUNCTION_PREFIX).toBe(FUNCTION_PREFIX);
    const fn = only('AWS::Lambda::Function');
    expect(fn.Properties).toMatchObject({ FunctionName: 'taxis-raw-arrivals-ana', Runtime: 'python3.13', Handler: 'index.handler', Architectures: ['arm64'] });
    expect(fn.Properties.Code.ZipFile).toContain('s3["object"]["key"]');
    expect(only('AWS::Logs::LogGroup').Properties.RetentionInDays).toBe(7);
  });

  it('lets S3 invoke the function for the learner\'s data lake in this account only', () => {
    const permission = only('AWS::Lambda::Permission');
    expect(permission.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' } });
    expect(JSON.stringify(permission.Properties.SourceArn)).toContain(':s3:::taxis-datalake-ana-');
    expect(Object.keys(json.Outputs)).toEqual(expect.arrayContaining(['FunctionName', 'BucketName']));
  });

  it('passes cdk-nag AwsSolutions; each acknowledgement carries a reason', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual([
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-L1',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the data-lake bucket name', () => {
    expect(DATA_LAKE_MAX_LEARNER).toBe(35);
    expect(() => labStack('a'.repeat(36))).toThrow(/Invalid learner name/);
  });
});
