import { spawnSync } from 'node:child_process';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  CreateFlowLogsCommand,
  CreateInternetGatewayCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  ReplaceNetworkAclAssociationCommand,
  type CreateNetworkAclEntryCommandInput,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { VENV_BIN } from '../../checker/paths.ts';
import type { TestEmulator } from './emulator.ts';

/**
 * Builds a network the way a learner might by hand, with SDK calls, for the vpc-network
 * integration tests: a valid alternative to the reference, or a broken one (a mutant).
 */
export interface NetworkShape {
  name: string;
  cidr: string;
  /** Public and private /24s, one of each per zone: [publicA, publicB, privateA, privateB]. */
  subnets: [string, string, string, string];
  zones: [string, string];
  /** The public subnets use the VPC's main route table instead of one of their own. */
  publicThroughMainTable?: boolean;
  /** Inbound and outbound entries of the public subnets' ACL (NetworkAclId is filled in). */
  aclEntries: Omit<CreateNetworkAclEntryCommandInput, 'NetworkAclId'>[];
  flowLog: { kind: 's3'; destination: string } | { kind: 'cloud-watch-logs'; logGroup: string; trafficType: 'ALL' | 'REJECT' };
}

const tag = (ResourceType: 'vpc' | 'subnet', Value: string) => [{ ResourceType, Tags: [{ Key: 'Name', Value }] }];

export async function buildNetwork(ec2: EC2Client, shape: NetworkShape): Promise<string> {
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: shape.cidr, TagSpecifications: tag('vpc', shape.name) }))).Vpc!.VpcId!;
  const subnetIds: string[] = [];
  for (const [i, cidr] of shape.subnets.entries()) {
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: shape.zones[i % 2], TagSpecifications: tag('subnet', `${shape.name}-${i}`) }));
    subnetIds.push(subnet.Subnet!.SubnetId!);
  }
  const [publicA, publicB, privateA, privateB] = subnetIds as [string, string, string, string];
  const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpcId }));

  const tables = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))).RouteTables ?? [];
  const mainTable = tables.find((t) => t.Associations?.some((a) => a.Main))!.RouteTableId!;
  const newTable = async () => (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
  const publicTable = shape.publicThroughMainTable ? mainTable : await newTable();
  await ec2.send(new CreateRouteCommand({ RouteTableId: publicTable, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
  const privateTable = await newTable();
  if (!shape.publicThroughMainTable) for (const s of [publicA, publicB]) await ec2.send(new AssociateRouteTableCommand({ RouteTableId: publicTable, SubnetId: s }));
  for (const s of [privateA, privateB]) await ec2.send(new AssociateRouteTableCommand({ RouteTableId: privateTable, SubnetId: s }));

  const aclId = (await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId }))).NetworkAcl!.NetworkAclId!;
  for (const entry of shape.aclEntries) await ec2.send(new CreateNetworkAclEntryCommand({ ...entry, NetworkAclId: aclId }));
  for (const s of [publicA, publicB]) {
    const current = (await ec2.send(new DescribeNetworkAclsCommand({ Filters: [{ Name: 'association.subnet-id', Values: [s] }] }))).NetworkAcls![0]!;
    const association = current.Associations!.find((a) => a.SubnetId === s)!.NetworkAclAssociationId!;
    await ec2.send(new ReplaceNetworkAclAssociationCommand({ AssociationId: association, NetworkAclId: aclId }));
  }

  const flowLog = shape.flowLog.kind === 's3'
    ? { LogDestinationType: 's3' as const, LogDestination: shape.flowLog.destination, TrafficType: 'ALL' as const }
    : { LogGroupName: shape.flowLog.logGroup, DeliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow-logs', TrafficType: shape.flowLog.trafficType };
  const out = await ec2.send(new CreateFlowLogsCommand({ ResourceType: 'VPC', ResourceIds: [vpcId], ...flowLog }));
  if (out.Unsuccessful?.length) throw new Error(`CreateFlowLogs: ${JSON.stringify(out.Unsuccessful)}`);
  return vpcId;
}

/** The AWS CLI from the project's virtualenv against the test emulator, for what the SDK deps lack (CloudWatch Logs). */
export function awsCli(emulator: TestEmulator, args: string[]): string {
  const result = spawnSync(`${VENV_BIN}/aws`, args, {
    encoding: 'utf8',
    env: {
      PATH: `${VENV_BIN}:${process.env.PATH}`,
      HOME: process.env.HOME ?? '/tmp',
      AWS_ENDPOINT_URL: emulator.endpoint,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    },
  });
  if (result.status !== 0) throw new Error(`aws ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const tcp = (RuleNumber: number, Egress: boolean, From: number, To: number, CidrBlock = '0.0.0.0/0', RuleAction: 'allow' | 'deny' = 'allow') =>
  ({ RuleNumber, Egress, Protocol: '6', RuleAction, CidrBlock, PortRange: { From, To } });

/** The lesson's web ACL, written differently: a deny for an abusive range first, the ephemeral range in two rules, all traffic out. */
export const ALTERNATIVE_WEB_ACL: NetworkShape['aclEntries'] = [
  { RuleNumber: 90, Egress: false, Protocol: '-1', RuleAction: 'deny', CidrBlock: '198.51.100.0/24' },
  tcp(200, false, 443, 443),
  tcp(210, false, 80, 80),
  tcp(300, false, 1024, 49151),
  tcp(310, false, 49152, 65535),
  { RuleNumber: 100, Egress: true, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
];
