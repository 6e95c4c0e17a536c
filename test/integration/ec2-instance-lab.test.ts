import {
  AuthorizeSecurityGroupIngressCommand,
  CreateLaunchTemplateCommand,
  CreateSecurityGroupCommand,
  DescribeIamInstanceProfileAssociationsCommand,
  DescribeInstancesCommand,
  DisassociateIamInstanceProfileCommand,
  ModifyInstanceAttributeCommand,
  ModifyInstanceMetadataOptionsCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  type EC2Client,
  type Instance,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { ec2Client } from '../../checker/services/ec2/client.ts';
import lab from '../../labs/ec2-instance/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, deployReference, statusesOf, type MutantContext } from '../support/lab-contract.ts';
import { runLabSteps } from '../support/lab-steps.ts';

const emulator = useEmulator();
const REFERENCE_NAME = 'data-engineer-student';
const PROFILE = 'de-s3access-student';
const AL2023 = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
const AL2 = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2';
const ec2Factory = await ec2Client();
const ec2 = (ctx: MutantContext): EC2Client => ctx.clients.get(ec2Factory);

async function referenceInstance(client: EC2Client): Promise<Instance> {
  const out = await client.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: [REFERENCE_NAME] }, { Name: 'instance-state-name', Values: ['running', 'stopped'] }] }));
  return out.Reservations![0]!.Instances![0]!;
}

/** A second instance named exactly `data-engineer` (so it is the one graded), like the reference except for `change`. */
async function launchExactlyNamed(client: EC2Client, change: Partial<RunInstancesCommandInput>) {
  const reference = await referenceInstance(client);
  await client.send(new RunInstancesCommand({
    MinCount: 1,
    MaxCount: 1,
    ImageId: AL2023,
    InstanceType: 't3.micro',
    IamInstanceProfile: { Name: PROFILE },
    SecurityGroupIds: reference.SecurityGroups!.map((g) => g.GroupId!),
    MetadataOptions: { HttpTokens: 'required' },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 16, VolumeType: 'gp3', Encrypted: true } }],
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'data-engineer' }] }],
    ...change,
  }));
}

const ALL_PASS = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));

describeLabContract('ec2-instance', emulator, {
  mutants: {
    ec2_instance_running: {
      name: 'the instance is stopped',
      apply: async (ctx) => ec2(ctx).send(new StopInstancesCommand({ InstanceIds: [(await referenceInstance(ec2(ctx))).InstanceId!] })),
    },
    ec2_instance_type_free_tier: {
      name: 'stopped, resized to t3.large and started again',
      apply: async (ctx) => {
        const id = (await referenceInstance(ec2(ctx))).InstanceId!;
        await ec2(ctx).send(new StopInstancesCommand({ InstanceIds: [id] }));
        await ec2(ctx).send(new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' } }));
        await ec2(ctx).send(new StartInstancesCommand({ InstanceIds: [id] }));
      },
    },
    ec2_instance_ami_al2023: {
      name: 'a data-engineer instance launched from Amazon Linux 2',
      apply: (ctx) => launchExactlyNamed(ec2(ctx), { ImageId: AL2 }),
    },
    ec2_instance_profile_role: {
      name: 'the instance profile is detached',
      apply: async (ctx) => {
        const id = (await referenceInstance(ec2(ctx))).InstanceId!;
        const associations = await ec2(ctx).send(new DescribeIamInstanceProfileAssociationsCommand({ Filters: [{ Name: 'instance-id', Values: [id] }] }));
        await ec2(ctx).send(new DisassociateIamInstanceProfileCommand({ AssociationId: associations.IamInstanceProfileAssociations![0]!.AssociationId! }));
      },
    },
    ec2_instance_imdsv2_required: {
      name: 'IMDSv1 turned back on (HttpTokens=optional)',
      apply: async (ctx) => ec2(ctx).send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: (await referenceInstance(ec2(ctx))).InstanceId!, HttpTokens: 'optional' })),
    },
    ec2_instance_root_volume_encrypted: {
      name: 'a data-engineer instance whose root volume is not encrypted',
      apply: (ctx) => launchExactlyNamed(ec2(ctx), { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 16, VolumeType: 'gp3', Encrypted: false } }] }),
    },
    ec2_instance_ssh_restricted: {
      name: 'SSH opened to 0.0.0.0/0',
      apply: async (ctx) => ec2(ctx).send(new AuthorizeSecurityGroupIngressCommand({
        GroupId: (await referenceInstance(ec2(ctx))).SecurityGroups![0]!.GroupId!,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      })),
    },
  },
});

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
