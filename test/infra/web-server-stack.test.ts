import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { WEB_SERVER_MAX_LEARNER, WEB_USER_DATA } from '../../infra/lib/web-server-stack.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('web-server');

describe('WebServerStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  const instances = Object.values(template.findResources('AWS::EC2::Instance')) as { Properties: Record<string, unknown> }[];

  it('creates a security group, a launch template and two instances; no Lambda-backed custom resource', () => {
    const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::EC2::Instance', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::SecurityGroup']);
  });

  it('opens HTTP, HTTPS and 5000, and no SSH', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupName: 'nubelab-web-sg-ana',
      SecurityGroupIngress: [
        { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0', Description: 'HTTP' },
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'HTTPS' },
        { IpProtocol: 'tcp', FromPort: 5000, ToPort: 5000, CidrIp: '0.0.0.0/0', Description: 'Flask' },
      ],
    });
  });

  it('puts the two t3.micro servers in the first and second zone of the region, with the profile and the lab user data', () => {
    expect(instances.map((i) => i.Properties.AvailabilityZone)).toEqual([0, 1].map((n) => ({ 'Fn::Select': [n, { 'Fn::GetAZs': '' }] })));
    for (const [n, instance] of instances.entries()) {
      expect(instance.Properties).toMatchObject({ InstanceType: 't3.micro', IamInstanceProfile: 'de-s3access-ana', UserData: { 'Fn::Base64': WEB_USER_DATA } });
      expect(instance.Properties.Tags).toContainEqual({ Key: 'Name', Value: `nubelab-web-${n + 1}-ana` });
    }
    expect(WEB_USER_DATA).toMatch(/^#!\/bin\/bash/);
    expect(WEB_USER_DATA).toContain('app.run(host="0.0.0.0", port=5000)');
  });

  it('reads the AMI from the public AL2023 SSM parameter and requires IMDSv2 through a launch template', () => {
    const parameters = template.toJSON().Parameters as Record<string, { Type: string; Default: string }>;
    const image = Object.entries(parameters).find(([, p]) => p.Type === 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')!;
    expect(image[1].Default).toBe('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64');
    template.hasResourceProperties('AWS::EC2::LaunchTemplate', { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } });
  });

  it('passes cdk-nag AwsSolutions; the acknowledged findings carry reasons', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect([...new Set(rules.map(([id]) => id))].sort()).toEqual(['AwsSolutions-EC23', 'AwsSolutions-EC28', 'AwsSolutions-EC29']);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the instance profile name', () => {
    expect(() => labStack('a'.repeat(WEB_SERVER_MAX_LEARNER + 1))).toThrow();
  });
});
