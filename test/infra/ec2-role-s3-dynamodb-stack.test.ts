import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { acknowledgedRules, labStackBuilder, nagViolations, widenFirstManagedPolicy } from '../support/lab-stacks.ts';
import { EC2_APP_ROLE_MAX_LEARNER } from '../../infra/lib/ec2-role-s3-dynamodb-stack.ts';
import lab from '../../labs/ec2-role-s3-dynamodb/lab.ts';

const labStack = labStackBuilder('ec2-role-s3-dynamodb');

type Statement = { Sid: string; Action: string | string[]; Resource: unknown };

describe('Ec2RoleS3DynamodbStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  const policy = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))[0]!;
  const statements = policy.Properties.PolicyDocument.Statement as Statement[];

  it('creates a role, a customer managed policy attached to it, and an instance profile of the same name; nothing else', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::IAM::InstanceProfile', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role']);
    template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'taxi-ec2-app-role-ana' });
    template.hasResourceProperties('AWS::IAM::InstanceProfile', { InstanceProfileName: 'taxi-ec2-app-role-ana' });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { ManagedPolicyName: 'taxi-ec2-app-access-ana' });
    expect(policy.Properties.Roles).toHaveLength(1);
  });

  it('trusts the EC2 service and nothing else', () => {
    const role = Object.values(template.findResources('AWS::IAM::Role'))[0]!;
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
    ]);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("holds the lesson's three statements: list the bucket, read and write objects, four item actions on the table and its indexes", () => {
    expect(statements.map((s) => [s.Sid, [s.Action].flat().sort()])).toEqual([
      ['ListTaxiBucket', ['s3:ListBucket']],
      ['ReadWriteTaxiObjects', ['s3:GetObject', 's3:PutObject']],
      ['TaxiTripsTable', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']],
    ]);
    const table = JSON.stringify(statements[2]!.Resource);
    expect(table).toContain(':dynamodb:');
    expect(table).toContain('{"Ref":"AWS::Region"}');
    expect(table).toContain(':table/taxi-trips"');
    expect(table).toContain(':table/taxi-trips/index/*"');
  });

  it('names no account or region, and has no delete, no wildcard action and no Resource "*"', () => {
    const text = JSON.stringify(policy);
    expect(text).not.toMatch(/\b\d{12}\b|us-east-1/);
    expect(text).not.toMatch(/Delete|BatchWrite|"s3:\*"|"dynamodb:\*"|"Resource":"\*"/);
  });

  it('passes cdk-nag AwsSolutions; the two acknowledged wildcards (object keys, table indexes) carry reasons', () => {
    const report = { violations: nagViolations(stack) };
    expect(report.violations).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id)).toEqual([
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/taxi-trips/index/*]',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('cdk-nag still flags a new wildcard that nobody acknowledged', () => {
    const { stack: other } = labStack('zoe');
    widenFirstManagedPolicy(other, new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }));
    expect(nagViolations(other).length).toBeGreaterThan(0);
  });

  it('refuses a learner name too long for an IAM role name, the same limit the lab declares', () => {
    expect(EC2_APP_ROLE_MAX_LEARNER).toBe(46);
    expect(lab.maxLearnerLength).toBe(EC2_APP_ROLE_MAX_LEARNER);
    expect(() => labStack('a'.repeat(47))).toThrow(/Invalid learner name/);
  });
});
