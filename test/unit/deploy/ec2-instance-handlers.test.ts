import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import type { HandlerContext } from '../../../checker/deploy/handlers/types.ts';
import { NO_ASSETS } from '../../../checker/deploy/assets.ts';
import { instanceHandler, launchTemplateHandler, securityGroupHandler } from '../../../checker/services/ec2/instance-handlers.ts';
import { noClients, pseudo, recorder } from './fake-handlers.ts';

const ctx = (logicalId: string): HandlerContext => ({ logicalId, pseudo, ownerTags: {}, clients: noClients, emit: recorder().emit, assets: NO_ASSETS });

const INSTANCE = {
  ImageId: 'ami-0123456789abcdef0',
  InstanceType: 't3.micro',
  IamInstanceProfile: 'de-s3access-ana',
  SecurityGroupIds: ['{{nubelab:SecurityGroup.GroupId}}'],
  LaunchTemplate: { LaunchTemplateId: '{{nubelab:MetadataTemplate.Ref}}', Version: '{{nubelab:MetadataTemplate.LatestVersionNumber}}' },
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 16, VolumeType: 'gp3' } }],
  Tags: [{ Key: 'Name', Value: 'data-engineer-ana' }],
};

function refusedProperty(plan: () => unknown): unknown {
  try {
    plan();
  } catch (error) {
    if (error instanceof DeployError && error.code === 'unsupported-property') return error.details.property;
    throw error;
  }
  return undefined;
}

describe('EC2 instance handlers: what they plan and what they refuse', () => {
  it("plan the reference's resources with deferred ids (EC2 picks them)", () => {
    expect(instanceHandler.plan(INSTANCE, ctx('Instance')).physicalId).toBe('{{nubelab:Instance.Ref}}');
    const group = securityGroupHandler.plan({ GroupDescription: 'SSH', GroupName: 'data-engineer-sg-ana', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, SourcePrefixListId: 'pl-0abc' }] }, ctx('SecurityGroup'));
    expect(group.attributes.GroupId).toBe('{{nubelab:SecurityGroup.GroupId}}');
    const template = launchTemplateHandler.plan({ LaunchTemplateName: 'data-engineer-ana', LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } }, ctx('MetadataTemplate'));
    expect(template.attributes.LatestVersionNumber).toBe('{{nubelab:MetadataTemplate.LatestVersionNumber}}');
  });

  it('refuse settings they would not apply, rather than dropping them', () => {
    expect(refusedProperty(() => instanceHandler.plan({ ...INSTANCE, KeyName: 'web-key' }, ctx('Instance')))).toBe('KeyName');
    // UserData and AvailabilityZone are applied (RunInstances UserData, Placement), so they plan.
    expect(instanceHandler.plan({ ...INSTANCE, UserData: 'IyEvYmluL2Jhc2g=', AvailabilityZone: 'us-east-1a' }, ctx('Instance')).physicalId).toBe('{{nubelab:Instance.Ref}}');
    expect(refusedProperty(() => securityGroupHandler.plan({ GroupDescription: 'x', SecurityGroupEgress: [] }, ctx('SecurityGroup')))).toBe('SecurityGroupEgress');
    expect(refusedProperty(() => launchTemplateHandler.plan({ LaunchTemplateData: { UserData: 'x' } }, ctx('MetadataTemplate')))).toMatch(/UserData/);
    expect(refusedProperty(() => instanceHandler.plan({ ...INSTANCE, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Iops: 3000 } }] }, ctx('Instance')))).toMatch(/Iops/);
  });
});
