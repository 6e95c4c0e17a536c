import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAMBDA_RESIZE_MAX_LEARNER } from '../../infra/lib/lambda-resize-stack.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('lambda-resize');

describe('LambdaResizeStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties: any; DependsOn?: string[]; DeletionPolicy?: string }> };
  type Resource = { Type: string; Properties: any; DependsOn?: string[]; DeletionPolicy?: string };
  /** The one resource of `type`, with its logical id. */
  const only = (type: string): [string, Resource] => {
    const found = Object.entries(json.Resources).filter(([, r]) => r.Type === type);
    expect(found, type).toHaveLength(1);
    return found[0] as [string, Resource];
  };

  it('creates the bucket (with its TLS policy), the role, the function and the S3 permission; no custom resources', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::IAM::Role', 'AWS::Lambda::Function', 'AWS::Lambda::Permission', 'AWS::Logs::LogGroup', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy']);
  });

  it("keeps the function's logs a week and removes them with the lab", () => {
    const [, group] = only('AWS::Logs::LogGroup');
    expect(group.Properties.RetentionInDays).toBe(7);
    expect(group.DeletionPolicy).toBe('Delete');
  });

  it('runs python3.13 on x86_64 with 30 s, 512 MB and MAX_SIZE=800, from a package that holds Pillow', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'nubelab-image-resize-ana', Runtime: 'python3.13', Architectures: ['x86_64'], Handler: 'lambda_function.lambda_handler',
      Timeout: 30, MemorySize: 512, Environment: { Variables: { MAX_SIZE: '800' } },
    });
    const [, fn] = only('AWS::Lambda::Function');
    expect(fn.Properties.Code.S3Key).toMatch(/^[0-9a-f]{64}\.zip$/);
  });

  it('lets S3 invoke the function only for the bucket and the account', () => {
    const [, permission] = only('AWS::Lambda::Permission');
    expect(permission.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' } });
    expect(JSON.stringify(permission.Properties.SourceArn)).toContain('nubelab-images-ana-');
  });

  it('triggers on every object created under input/, after the permission exists', () => {
    const [, bucket] = only('AWS::S3::Bucket');
    const [permissionId] = only('AWS::Lambda::Permission');
    expect(bucket.Properties.NotificationConfiguration.LambdaConfigurations).toEqual([
      expect.objectContaining({ Event: 's3:ObjectCreated:*', Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'input/' }] } } }),
    ]);
    expect(bucket.DependsOn).toContain(permissionId);
  });

  it('gives the role logs, read on input/ and write on output/; no wildcard action', () => {
    const [, role] = only('AWS::IAM::Role');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }]);
    const statements = role.Properties.Policies[0].PolicyDocument.Statement as { Action: string; Resource: unknown }[];
    expect(statements.map((s) => s.Action)).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(JSON.stringify(statements[0]!.Resource)).toContain('/input/*');
    expect(JSON.stringify(statements[1]!.Resource)).toContain('/output/*');
  });

  it('passes cdk-nag AwsSolutions; each acknowledgement carries a reason', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual([
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::nubelab-images-ana-<AWS::AccountId>/input/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::nubelab-images-ana-<AWS::AccountId>/output/*]',
      'AwsSolutions-L1',
      'AwsSolutions-S1',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the bucket name', () => {
    expect(LAMBDA_RESIZE_MAX_LEARNER).toBe(35);
    expect(() => labStack('a'.repeat(36))).toThrow(/Invalid learner name/);
  });
});
