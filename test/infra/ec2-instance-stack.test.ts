import { Template } from 'aws-cdk-lib/assertions';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { Ec2InstanceStack, EC2_INSTANCE_MAX_LEARNER } from '../../infra/lib/ec2-instance-stack.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('ec2-instance');

describe('Ec2InstanceStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);

  it('creates a security group, a launch template and one instance; no Lambda-backed custom resource', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::SecurityGroup']);
  });

  it('launches a t3.micro named data-engineer-<learner> with the iam-role lab profile and an encrypted 16 GiB gp3 root volume', () => {
    template.hasResourceProperties('AWS::EC2::Instance', {
      InstanceType: 't3.micro',
      IamInstanceProfile: 'de-s3access-ana',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 16, VolumeType: 'gp3' } }],
      Tags: [{ Key: 'Name', Value: 'data-engineer-ana' }, { Key: 'nubelab:lab', Value: 'ec2-instance' }, { Key: 'nubelab:learner', Value: 'ana' }],
    });
  });

  it('reads the AMI from the public AL2023 SSM parameter when deployed', () => {
    const parameters = template.toJSON().Parameters as Record<string, { Type: string; Default: string }>;
    const image = Object.entries(parameters).find(([, p]) => p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')!;
    expect(image[1].Default).toBe('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64');
    template.hasResourceProperties('AWS::EC2::Instance', { ImageId: { Ref: image[0] } });
  });

  it('requires IMDSv2 through a launch template', () => {
    template.hasResourceProperties('AWS::EC2::LaunchTemplate', { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } });
  });

  it('opens no inbound port without the Instance Connect prefix list; with it, SSH from that list only', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: [] });
    const withList = new Ec2InstanceStack(new App(), 'WithList', { learner: 'ana', instanceConnectPrefixList: 'pl-0e4bcff02b13bef1e' });
    Template.fromStack(withList).hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, SourcePrefixListId: 'pl-0e4bcff02b13bef1e', Description: 'EC2 Instance Connect' }],
    });
  });

  it('passes cdk-nag AwsSolutions; the acknowledged findings carry reasons', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual(['AwsSolutions-EC28', 'AwsSolutions-EC29']);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the instance profile name', () => {
    expect(() => labStack('a'.repeat(EC2_INSTANCE_MAX_LEARNER + 1))).toThrow();
  });
});
