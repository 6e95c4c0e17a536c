import {
  AuthorizeSecurityGroupIngressCommand,
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
import { ec2Client } from '../../../checker/services/ec2/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';
import { AL2023_PARAMETER, amazonLinux2Image, imageFrom } from './ec2-images.ts';

/**
 * One mutant per check of the ec2-instance lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they name the instance and its profile from the learner they are given, as
 * infra/lib/ec2-instance-stack.ts does (the profile comes from the iam-role lab).
 */

// The EC2 SDK is loaded on first use (it is large); its factory is made once, so the cache knows it.
const ec2 = async (ctx: MutantContext): Promise<EC2Client> => ctx.clients.get(await ec2Client());

/** The reference instance, `data-engineer-<learner>`, running or stopped. */
async function referenceInstance(ctx: MutantContext): Promise<Instance> {
  const out = await (await ec2(ctx)).send(new DescribeInstancesCommand({
    Filters: [{ Name: 'tag:Name', Values: [`data-engineer-${ctx.learner}`] }, { Name: 'instance-state-name', Values: ['running', 'stopped'] }],
  }));
  return out.Reservations![0]!.Instances![0]!;
}

const referenceId = async (ctx: MutantContext): Promise<string> => (await referenceInstance(ctx)).InstanceId!;

/** A second instance named exactly `data-engineer` (so it is the one graded), like the reference except for `change`. */
async function launchExactlyNamed(ctx: MutantContext, change: Partial<RunInstancesCommandInput>) {
  const reference = await referenceInstance(ctx);
  await (await ec2(ctx)).send(new RunInstancesCommand({
    MinCount: 1,
    MaxCount: 1,
    ImageId: await imageFrom(ctx, AL2023_PARAMETER),
    InstanceType: 't3.micro',
    IamInstanceProfile: { Name: `de-s3access-${ctx.learner}` },
    SecurityGroupIds: reference.SecurityGroups!.map((g) => g.GroupId!),
    MetadataOptions: { HttpTokens: 'required' },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 16, VolumeType: 'gp3', Encrypted: true } }],
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'data-engineer' }] }],
    ...change,
  }));
}

export const ec2InstanceMutants: Record<string, Mutant> = {
  ec2_instance_running: {
    name: 'the instance is stopped',
    apply: async (ctx) => (await ec2(ctx)).send(new StopInstancesCommand({ InstanceIds: [await referenceId(ctx)] })),
  },
  ec2_instance_type_free_tier: {
    name: 'stopped, resized to t3.large and started again',
    apply: async (ctx) => {
      const client = await ec2(ctx);
      const id = await referenceId(ctx);
      await client.send(new StopInstancesCommand({ InstanceIds: [id] }));
      await client.send(new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' } }));
      await client.send(new StartInstancesCommand({ InstanceIds: [id] }));
    },
  },
  ec2_instance_ami_al2023: {
    name: 'a data-engineer instance launched from Amazon Linux 2',
    apply: async (ctx) => launchExactlyNamed(ctx, { ImageId: await amazonLinux2Image(ctx) }),
  },
  ec2_instance_profile_role: {
    name: 'the instance profile is detached',
    apply: async (ctx) => {
      const client = await ec2(ctx);
      const id = await referenceId(ctx);
      const associations = await client.send(new DescribeIamInstanceProfileAssociationsCommand({ Filters: [{ Name: 'instance-id', Values: [id] }] }));
      await client.send(new DisassociateIamInstanceProfileCommand({ AssociationId: associations.IamInstanceProfileAssociations![0]!.AssociationId! }));
    },
  },
  ec2_instance_imdsv2_required: {
    name: 'IMDSv1 turned back on (HttpTokens=optional)',
    apply: async (ctx) => (await ec2(ctx)).send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: await referenceId(ctx), HttpTokens: 'optional' })),
  },
  ec2_instance_root_volume_encrypted: {
    name: 'a data-engineer instance whose root volume is not encrypted',
    apply: (ctx) => launchExactlyNamed(ctx, { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 16, VolumeType: 'gp3', Encrypted: false } }] }),
  },
  ec2_instance_ssh_restricted: {
    name: 'SSH opened to 0.0.0.0/0',
    apply: async (ctx) => (await ec2(ctx)).send(new AuthorizeSecurityGroupIngressCommand({
      GroupId: (await referenceInstance(ctx)).SecurityGroups![0]!.GroupId!,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    })),
  },
};
