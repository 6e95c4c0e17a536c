import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { acknowledgedRules, labStackBuilder, nagViolations, widenFirstManagedPolicy } from '../support/lab-stacks.ts';
import { IAM_USERS_MAX_LEARNER } from '../../infra/lib/iam-users-stack.ts';

const labStack = labStackBuilder('iam-users');

describe('IamUsersStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties: Record<string, any> }>; Outputs: Record<string, unknown> };

  it('creates a group, its customer managed policy and a user; nothing else', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::IAM::Group', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::User']);
    template.hasResourceProperties('AWS::IAM::Group', { GroupName: 'ec2-operators-ana' });
    expect(Object.keys(json.Outputs).sort()).toEqual(['GroupName', 'UserName']);
  });

  it('puts the user in the group, with no policy, password or boundary of its own, and tags it as the lab\'s', () => {
    const [groupId] = Object.keys(template.findResources('AWS::IAM::Group'));
    const user = Object.values(template.findResources('AWS::IAM::User'))[0]!;
    expect(Object.keys(user.Properties).sort()).toEqual(['Groups', 'Tags', 'UserName']);
    expect(user.Properties).toMatchObject({ UserName: 'ana', Groups: [{ Ref: groupId }] });
    expect(user.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'nubelab:lab', Value: 'iam-users' }, { Key: 'nubelab:learner', Value: 'ana' }]));
    expect(JSON.stringify(json)).not.toMatch(/LoginProfile|Password/);
  });

  it("attaches the lesson's policy to the group: Describe on everything, start/stop/reboot only Project=taxi instances", () => {
    const [groupId] = Object.keys(template.findResources('AWS::IAM::Group'));
    const policy = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))[0]!;
    expect(policy.Properties).toMatchObject({ ManagedPolicyName: 'ec2-operator-ana', Groups: [{ Ref: groupId }] });
    const statements = policy.Properties.PolicyDocument.Statement as { Sid: string; Action: string | string[]; Condition?: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual(['SeeEverything', 'OperateTaxiInstances']);
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual(['ec2:Describe*', 'ec2:RebootInstances', 'ec2:StartInstances', 'ec2:StopInstances']);
    expect(statements[1]!.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/Project': 'taxi' } });
    expect(JSON.stringify(policy)).not.toMatch(/\b\d{12}\b|us-east-1|iam:|TerminateInstances/);
  });

  it('passes cdk-nag AwsSolutions; the three acknowledged wildcards carry reasons', () => {
    const report = { violations: nagViolations(stack) };
    expect(report.violations).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual([
      'AwsSolutions-IAM5[Action::ec2:Describe*]',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:*:<AWS::AccountId>:instance/*]',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('cdk-nag still flags a new wildcard that nobody acknowledged', () => {
    const { stack: other } = labStack('zoe');
    widenFirstManagedPolicy(other, new iam.PolicyStatement({ actions: ['iam:*'], resources: ['*'] }));
    expect(nagViolations(other).length).toBeGreaterThan(0);
  });

  it('refuses a learner name too long for an IAM user name', () => {
    expect(IAM_USERS_MAX_LEARNER).toBe(64);
    expect(() => labStack('a'.repeat(65))).toThrow(/Invalid learner name/);
  });
});
