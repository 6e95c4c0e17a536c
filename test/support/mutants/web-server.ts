import {
  AuthorizeSecurityGroupIngressCommand,
  DescribeIamInstanceProfileAssociationsCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DisassociateIamInstanceProfileCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  type EC2Client,
  type Instance,
} from '@aws-sdk/client-ec2';
import { ec2Client } from '../../../checker/services/ec2/client.ts';
import { AL2023_PARAMETER, imageFrom } from './ec2-images.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the web-server lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they find the servers and their group by the names infra/lib/web-server-stack.ts
 * gives them from the learner: `nubelab-web-<n>-<learner>` and `nubelab-web-sg-<learner>`.
 */

// The EC2 SDK is loaded on first use (it is large); its factory is made once, so the cache knows it.
const ec2 = async (ctx: MutantContext): Promise<EC2Client> => ctx.clients.get(await ec2Client());

/** The reference's running web servers, in a stable order. */
async function webServers(ctx: MutantContext): Promise<Instance[]> {
  const out = await (await ec2(ctx)).send(new DescribeInstancesCommand({
    Filters: [{ Name: 'tag:Name', Values: [`nubelab-web-*-${ctx.learner}`] }, { Name: 'instance-state-name', Values: ['running'] }],
  }));
  return (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).sort((a, b) => a.InstanceId!.localeCompare(b.InstanceId!));
}

async function webGroupId(ctx: MutantContext): Promise<string> {
  const out = await (await ec2(ctx)).send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: [`nubelab-web-sg-${ctx.learner}`] }] }));
  return out.SecurityGroups![0]!.GroupId!;
}

export const webServerMutants: Record<string, Mutant> = {
  ec2_web_sg_ports: {
    name: 'SSH opened to 0.0.0.0/0 on the web group',
    apply: async (ctx) => (await ec2(ctx)).send(new AuthorizeSecurityGroupIngressCommand({
      GroupId: await webGroupId(ctx),
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    })),
  },
  ec2_web_instances_two_azs: {
    name: 'one of the two servers stopped',
    apply: async (ctx) => (await ec2(ctx)).send(new StopInstancesCommand({ InstanceIds: [(await webServers(ctx))[1]!.InstanceId!] })),
  },
  ec2_web_instances_group_profile: {
    name: "a server's instance profile detached",
    apply: async (ctx) => {
      const client = await ec2(ctx);
      const id = (await webServers(ctx))[0]!.InstanceId!;
      const associations = await client.send(new DescribeIamInstanceProfileAssociationsCommand({ Filters: [{ Name: 'instance-id', Values: [id] }] }));
      await client.send(new DisassociateIamInstanceProfileCommand({ AssociationId: associations.IamInstanceProfileAssociations![0]!.AssociationId! }));
    },
  },
  ec2_web_user_data_flask: {
    name: 'a third web server launched without user data',
    apply: async (ctx) => {
      const [first] = await webServers(ctx);
      await (await ec2(ctx)).send(new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        ImageId: await imageFrom(ctx, AL2023_PARAMETER),
        InstanceType: 't3.micro',
        IamInstanceProfile: { Arn: first!.IamInstanceProfile!.Arn! },
        SecurityGroupIds: first!.SecurityGroups!.map((g) => g.GroupId!),
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'nubelab-web-3' }] }],
      }));
    },
  },
};
