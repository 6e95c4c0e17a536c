import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ML_ENDPOINT_MAX_LEARNER } from '../../infra/lib/ml-endpoint-stack.ts';
import lab from '../../labs/ml-endpoint/lab.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('ml-endpoint');

describe('MlEndpointStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  type Resource = { Type: string; Properties: any };
  const json = template.toJSON() as { Resources: Record<string, Resource>; Outputs: Record<string, unknown> };

  it('creates only the execution role: training, model and endpoint are the setup\'s (training is not a CloudFormation resource)', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types).toEqual(['AWS::IAM::Role']);
    expect(lab.setup).toBeDefined();
  });

  it('trusts SageMaker alone', () => {
    const role = Object.values(json.Resources).find((r) => r.Type === 'AWS::IAM::Role')!;
    expect(role.Properties.RoleName).toBe('TaxisSageMakerRole-ana');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }]);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('reads processed/ and reads and writes models/ of the one data-lake bucket; no s3:* and nothing on raw/', () => {
    const role = Object.values(json.Resources).find((r) => r.Type === 'AWS::IAM::Role')!;
    const statements = role.Properties.Policies[0].PolicyDocument.Statement as { Sid: string; Action: string | string[]; Resource: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual(['ListDataAndModels', 'ReadProcessed', 'ReadWriteModels', 'Logs', 'Metrics', 'PullImage']);
    const text = JSON.stringify(statements);
    expect(text).not.toContain('s3:*');
    expect(text).not.toContain('/raw/');
    expect(JSON.stringify(statements[1]!.Resource)).toMatch(/taxis-datalake-ana-.*\/processed\/\*/);
    expect(statements[2]!.Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(Object.keys(json.Outputs)).toEqual(expect.arrayContaining(['BucketName', 'RoleArn']));
  });

  it('passes cdk-nag AwsSolutions; each acknowledgement carries a reason', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual([
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/models/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/processed/*]',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the data-lake bucket name', () => {
    expect(ML_ENDPOINT_MAX_LEARNER).toBe(35);
    expect(() => labStack('a'.repeat(36))).toThrow(/Invalid learner name/);
  });
});
