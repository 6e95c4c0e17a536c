import { CreateBucketCommand, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import {
  CreateNetworkAclEntryCommand,
  CreateRouteCommand,
  CreateTagsCommand,
  DeleteFlowLogsCommand,
  DeleteRouteCommand,
  DescribeFlowLogsCommand,
  DescribeInternetGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeVpcsCommand,
  DetachInternetGatewayCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { ec2Client } from '../../../checker/services/ec2/client.ts';
import { s3Client } from '../../../checker/services/s3/client.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';
import { ALTERNATIVE_WEB_ACL, buildNetwork } from '../vpc-network.ts';

/**
 * One mutant per check of the vpc-network lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they find the VPC by the Name tag infra/lib/vpc-network-stack.ts gives it from
 * the learner (`nubelab-vpc-<learner>`) and name what they add from the account and region.
 */

// The EC2 SDK is loaded on first use (it is large); its factory is made once, so the cache knows it.
const ec2 = async (ctx: MutantContext): Promise<EC2Client> => ctx.clients.get(await ec2Client());

async function referenceVpc(ctx: MutantContext): Promise<string> {
  const vpcs = (await (await ec2(ctx)).send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: [`nubelab-vpc-${ctx.learner}`] }] }))).Vpcs ?? [];
  return vpcs[0]!.VpcId!;
}

/** The reference's route tables of one kind (the CDK names them …/publicSubnet1, …/privateSubnet2). */
async function routeTables(ctx: MutantContext, kind: 'public' | 'private'): Promise<string[]> {
  const tables = (await (await ec2(ctx)).send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [await referenceVpc(ctx)] }] }))).RouteTables ?? [];
  return tables.filter((t) => t.Tags?.some((tag) => tag.Key === 'Name' && tag.Value?.includes(`/${kind}Subnet`))).map((t) => t.RouteTableId!).sort();
}

async function referenceGateway(ctx: MutantContext, vpcId: string): Promise<string> {
  const [gateway] = (await (await ec2(ctx)).send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }))).InternetGateways ?? [];
  return gateway!.InternetGatewayId!;
}

/** A bucket for the /20 network's flow logs, named after the account (bucket names are global on an engine). */
async function flowLogBucket(ctx: MutantContext): Promise<string> {
  const bucket = `nubelab-mutant-flow-logs-${ctx.account}`;
  const location = ctx.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: ctx.region as BucketLocationConstraint } };
  await ctx.clients.get(s3Client).send(new CreateBucketCommand({ Bucket: bucket, ...location }));
  return bucket;
}

export const vpcNetworkMutants: Record<string, Mutant> = {
  vpc_exists: {
    name: 'the VPC loses its Name tag',
    apply: async (ctx) => (await ec2(ctx)).send(new CreateTagsCommand({ Resources: [await referenceVpc(ctx)], Tags: [{ Key: 'Name', Value: 'my-network' }] })),
  },
  vpc_cidr_block_sized: {
    name: 'a complete network named exactly nubelab-vpc, but a /20',
    apply: async (ctx) => buildNetwork(await ec2(ctx), {
      name: 'nubelab-vpc',
      cidr: '10.50.0.0/20',
      subnets: ['10.50.0.0/24', '10.50.1.0/24', '10.50.2.0/24', '10.50.3.0/24'],
      zones: [`${ctx.region}b`, `${ctx.region}c`],
      publicThroughMainTable: true,
      aclEntries: ALTERNATIVE_WEB_ACL,
      flowLog: { kind: 's3', destination: `arn:aws:s3:::${await flowLogBucket(ctx)}/logs/` },
    }),
  },
  vpc_internet_gateway_attached: {
    name: 'the internet gateway is detached',
    apply: async (ctx) => {
      const vpcId = await referenceVpc(ctx);
      return (await ec2(ctx)).send(new DetachInternetGatewayCommand({ InternetGatewayId: await referenceGateway(ctx, vpcId), VpcId: vpcId }));
    },
  },
  vpc_public_subnets_two_azs: {
    name: 'the second public table loses its route to the internet',
    apply: async (ctx) => (await ec2(ctx)).send(new DeleteRouteCommand({ RouteTableId: (await routeTables(ctx, 'public'))[1], DestinationCidrBlock: '0.0.0.0/0' })),
  },
  vpc_private_subnets_two_azs: {
    name: 'the private tables send a range to the internet gateway',
    apply: async (ctx) => {
      const gateway = await referenceGateway(ctx, await referenceVpc(ctx));
      for (const table of await routeTables(ctx, 'private')) {
        await (await ec2(ctx)).send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '203.0.113.0/24', GatewayId: gateway }));
      }
    },
  },
  vpc_nacl_public_web_only: {
    name: 'SSH from anywhere is let in as well',
    apply: async (ctx) => {
      const filters = [{ Name: 'tag:Name', Values: ['nubelab-public-web'] }, { Name: 'vpc-id', Values: [await referenceVpc(ctx)] }];
      const [acl] = (await (await ec2(ctx)).send(new DescribeNetworkAclsCommand({ Filters: filters }))).NetworkAcls ?? [];
      return (await ec2(ctx)).send(new CreateNetworkAclEntryCommand({
        NetworkAclId: acl!.NetworkAclId, RuleNumber: 90, Egress: false, Protocol: '6', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 },
      }));
    },
  },
  vpc_flow_logs_enabled: {
    name: 'the flow log is deleted',
    apply: async (ctx) => {
      const vpcId = await referenceVpc(ctx);
      const flowLogs = (await (await ec2(ctx)).send(new DescribeFlowLogsCommand({ Filter: [{ Name: 'resource-id', Values: [vpcId] }] }))).FlowLogs ?? [];
      return (await ec2(ctx)).send(new DeleteFlowLogsCommand({ FlowLogIds: flowLogs.map((f) => f.FlowLogId!) }));
    },
  },
};
