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
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { ec2Client } from '../../checker/services/ec2/client.ts';
import lab from '../../labs/vpc-network/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, deployReference, statusesOf, type MutantContext } from '../support/lab-contract.ts';
import { ALTERNATIVE_WEB_ACL, awsCli, buildNetwork, type NetworkShape } from '../support/vpc-network.ts';

const emulator = useEmulator();
const VPC_NAME = 'nubelab-vpc-student';
// The factory is loaded once (the EC2 SDK is loaded lazily); every client cache recognises it.
const ec2Factory = await ec2Client();
const ec2 = (ctx: MutantContext): EC2Client => ctx.clients.get(ec2Factory);

async function referenceVpc(client: EC2Client): Promise<string> {
  const vpcs = (await client.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: [VPC_NAME] }] }))).Vpcs ?? [];
  return vpcs[0]!.VpcId!;
}

/** The reference's route tables of one kind (the CDK names them …/publicSubnet1, …/privateSubnet2). */
async function routeTables(client: EC2Client, kind: 'public' | 'private'): Promise<string[]> {
  const tables = (await client.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [await referenceVpc(client)] }] }))).RouteTables ?? [];
  return tables.filter((t) => t.Tags?.some((tag) => tag.Key === 'Name' && tag.Value?.includes(`/${kind}Subnet`))).map((t) => t.RouteTableId!).sort();
}

const ALL_PASS = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));

/** The lab's shape built by hand, differently from the reference and the CLI steps. */
const ALTERNATIVE: NetworkShape = {
  name: 'nubelab-vpc',
  cidr: '172.16.0.0/16',
  subnets: ['172.16.0.0/24', '172.16.1.0/24', '172.16.128.0/24', '172.16.129.0/24'],
  zones: ['us-east-1b', 'us-east-1c'],
  publicThroughMainTable: true,
  aclEntries: ALTERNATIVE_WEB_ACL,
  flowLog: { kind: 'cloud-watch-logs', logGroup: '/nubelab/vpc-flow-logs', trafficType: 'REJECT' },
};

describeLabContract('vpc-network', emulator, {
  mutants: {
    vpc_exists: {
      name: 'the VPC loses its Name tag',
      apply: async (ctx) => ec2(ctx).send(new CreateTagsCommand({ Resources: [await referenceVpc(ec2(ctx))], Tags: [{ Key: 'Name', Value: 'my-network' }] })),
    },
    vpc_cidr_block_sized: {
      name: 'a complete network named exactly nubelab-vpc, but a /20',
      apply: (ctx) => {
        awsCli(emulator, ['s3', 'mb', 's3://nubelab-mutant-flow-logs']);
        return buildNetwork(ec2(ctx), {
          ...ALTERNATIVE,
          cidr: '10.50.0.0/20',
          subnets: ['10.50.0.0/24', '10.50.1.0/24', '10.50.2.0/24', '10.50.3.0/24'],
          flowLog: { kind: 's3', destination: 'arn:aws:s3:::nubelab-mutant-flow-logs/logs/' },
        });
      },
    },
    vpc_internet_gateway_attached: {
      name: 'the internet gateway is detached',
      apply: async (ctx) => {
        const vpcId = await referenceVpc(ec2(ctx));
        const [gateway] = (await ec2(ctx).send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }))).InternetGateways ?? [];
        return ec2(ctx).send(new DetachInternetGatewayCommand({ InternetGatewayId: gateway!.InternetGatewayId, VpcId: vpcId }));
      },
    },
    vpc_public_subnets_two_azs: {
      name: 'the second public table loses its route to the internet',
      apply: async (ctx) => ec2(ctx).send(new DeleteRouteCommand({ RouteTableId: (await routeTables(ec2(ctx), 'public'))[1], DestinationCidrBlock: '0.0.0.0/0' })),
    },
    vpc_private_subnets_two_azs: {
      name: 'the private tables send a range to the internet gateway',
      apply: async (ctx) => {
        const vpcId = await referenceVpc(ec2(ctx));
        const [gateway] = (await ec2(ctx).send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }))).InternetGateways ?? [];
        for (const table of await routeTables(ec2(ctx), 'private')) {
          await ec2(ctx).send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '203.0.113.0/24', GatewayId: gateway!.InternetGatewayId }));
        }
      },
    },
    vpc_nacl_public_web_only: {
      name: 'SSH from anywhere is let in as well',
      apply: async (ctx) => {
        const [acl] = (await ec2(ctx).send(new DescribeNetworkAclsCommand({ Filters: [{ Name: 'tag:Name', Values: ['nubelab-public-web'] }] }))).NetworkAcls ?? [];
        return ec2(ctx).send(new CreateNetworkAclEntryCommand({
          NetworkAclId: acl!.NetworkAclId, RuleNumber: 90, Egress: false, Protocol: '6', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 },
        }));
      },
    },
    vpc_flow_logs_enabled: {
      name: 'the flow log is deleted',
      apply: async (ctx) => {
        const vpcId = await referenceVpc(ec2(ctx));
        const flowLogs = (await ec2(ctx).send(new DescribeFlowLogsCommand({ Filter: [{ Name: 'resource-id', Values: [vpcId] }] }))).FlowLogs ?? [];
        return ec2(ctx).send(new DeleteFlowLogsCommand({ FlowLogIds: flowLogs.map((f) => f.FlowLogId!) }));
      },
    },
  },
});

describe('vpc-network: other solutions on the emulator', () => {
  async function build(shape: NetworkShape) {
    const clients = deployClients(emulator.target());
    try {
      return await buildNetwork(clients.get(ec2Factory), shape);
    } finally {
      clients.close();
    }
  }

  it('a valid alternative passes: 172.16.0.0/16, public through the main table, a deny rule first, flow logs of rejected traffic to CloudWatch Logs', async () => {
    await emulator.reset();
    awsCli(emulator, ['logs', 'create-log-group', '--log-group-name', '/nubelab/vpc-flow-logs']);
    await build(ALTERNATIVE);
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
  });

  it('flow logs to a CloudWatch Logs group that does not exist fail delivery, and the check says so', async () => {
    await emulator.reset();
    await build({ ...ALTERNATIVE, flowLog: { kind: 'cloud-watch-logs', logGroup: '/nubelab/missing', trafficType: 'ALL' } });
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'vpc_flow_logs_enabled')!;
    expect(finding.status).toBe('fail');
    expect(finding.message.en).toMatch(/cloud-watch-logs \/nubelab\/missing, ACTIVE\/FAILED/);
  });

  it('the reference deployed twice is updated in place, and still passes', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await deployReference(lab, emulator);
    const clients = deployClients(emulator.target());
    try {
      const vpcs = (await clients.get(ec2Factory).send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: [VPC_NAME] }] }))).Vpcs ?? [];
      expect(vpcs).toHaveLength(1);
    } finally {
      clients.close();
    }
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
  });
});
