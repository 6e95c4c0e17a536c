import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { acknowledgedRules, labStackBuilder, nagViolations, widenFirstManagedPolicy } from '../support/lab-stacks.ts';
import { IAM_ROLE_MAX_LEARNER } from '../../infra/lib/iam-role-stack.ts';

const labStack = labStackBuilder('iam-role');

describe('IamRoleStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);

  it('creates a role, a customer managed policy attached to it, and an instance profile; nothing else', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::IAM::InstanceProfile', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role']);
    template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'de-s3access-ana' });
    template.hasResourceProperties('AWS::IAM::InstanceProfile', { InstanceProfileName: 'de-s3access-ana' });
  });

  it('trusts the EC2 service and nothing else', () => {
    const role = Object.values(template.findResources('AWS::IAM::Role'))[0]!;
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
    ]);
  });

  it('grants list on the bucket, read on its objects and write under processed/, with no delete and no wildcard action', () => {
    const policy = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))[0]!;
    const statements = policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[];
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions.sort()).toEqual(['s3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
    expect(JSON.stringify(policy)).not.toMatch(/\b\d{12}\b|us-east-1/);
  });

  it('passes cdk-nag AwsSolutions; the two acknowledged object wildcards carry reasons', () => {
    const report = { violations: nagViolations(stack) };
    expect(report.violations).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id)).toEqual([
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/processed/*]',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('cdk-nag still flags a new wildcard that nobody acknowledged', () => {
    const { stack: other } = labStack('zoe');
    widenFirstManagedPolicy(other, new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    expect(nagViolations(other).length).toBeGreaterThan(0);
  });

  it('refuses a learner name too long for an IAM role name', () => {
    expect(IAM_ROLE_MAX_LEARNER).toBe(52);
    expect(() => labStack('a'.repeat(53))).toThrow(/Invalid learner name/);
  });
});
