import {
  AuthorizeSecurityGroupIngressCommand,
  CreateLaunchTemplateCommand,
  CreateSecurityGroupCommand,
  DescribeInstancesCommand,
  RunInstancesCommand,
  type EC2Client,
  type Instance,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { ec2Client } from '../../checker/services/ec2/client.ts';
import lab from '../../labs/ec2-instance/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, deployReference, statusesOf } from '../support/lab-contract.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { ec2InstanceMutants } from '../support/mutants/ec2-instance.ts';

const emulator = useEmulator();
const REFERENCE_NAME = 'data-engineer-student';
const AL2023 = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
const ec2Factory = await ec2Client();

async function referenceInstance(client: EC2Client): Promise<Instance> {
  const out = await client.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: [REFERENCE_NAME] }, { Name: 'instance-state-name', Values: ['running', 'stopped'] }] }));
  return out.Reservations![0]!.Instances![0]!;
}

const ALL_PASS = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));

describeLabContract('ec2-instance', emulator, { mutants: ec2InstanceMutants });

describe('ec2-instance: other solutions on the emulator', () => {
  it('passes a t2.micro launched from a launch template (profile and IMDSv2 in the template), SSH from one address', async () => {
    await emulator.reset();
    runLabSteps('iam-role', emulator.endpoint);
    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(ec2Factory);
      const group = await client.send(new CreateSecurityGroupCommand({ GroupName: 'workstation', Description: 'SSH from home, Flask from the VPC' }));
      await client.send(new AuthorizeSecurityGroupIngressCommand({
        GroupId: group.GroupId!,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.7/32' }], Ipv6Ranges: [{ CidrIpv6: '2001:db8::7/128' }] },
          { IpProtocol: 'tcp', FromPort: 5000, ToPort: 5000, IpRanges: [{ CidrIp: '172.31.0.0/16' }] },
        ],
      }));
      await client.send(new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'workstation',
        LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' }, IamInstanceProfile: { Name: 'de-s3access' } },
      }));
      await client.send(new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        ImageId: AL2023,
        InstanceType: 't2.micro',
        LaunchTemplate: { LaunchTemplateName: 'workstation' },
        SecurityGroupIds: [group.GroupId!],
        // moto wants a size where AWS would take the AMI snapshot's (8 GiB for AL2023).
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: true } }],
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'data-engineer-ana' }] }],
      }));
    } finally {
      clients.close();
    }
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
  });

  it('names every exposed rule in the SSH check, with the Instance Connect list it compared against', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(ec2Factory);
      const groupId = (await referenceInstance(client)).SecurityGroups![0]!.GroupId!;
      await client.send(new AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 8888, ToPort: 8888, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '198.51.100.0/24' }] },
        ],
      }));
    } finally {
      clients.close();
    }
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'ec2_instance_ssh_restricted')!;
    expect(finding.status).toBe('fail');
    expect(finding.evidence.openToWorld).toEqual([expect.stringContaining('tcp 8888 from ::/0')]);
    expect(finding.evidence.wideSsh).toEqual([expect.stringContaining('tcp 22 from 198.51.100.0/24')]);
    expect(finding.evidence.instanceConnectPrefixList).toMatch(/^pl-/);
  });
});
