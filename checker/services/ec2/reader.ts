import type { EC2Client, NetworkAclEntry, Route, Tag } from '@aws-sdk/client-ec2';
import type { ReaderDeps } from '../service.ts';
import { ec2Client, ec2Sdk, type Ec2Sdk } from './client.ts';
import type { Ec2Reader, FlowLogInfo, NetworkAclEntryInfo, RouteInfo } from './types.ts';

export const tagsOf = (tags: readonly Tag[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key!, t.Value ?? '']));

/** Collects every item of a paginated EC2 listing. */
async function all<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

/** Every target field a route can have; exactly one is set. */
function routeTarget(route: Route): string {
  return route.GatewayId ?? route.NatGatewayId ?? route.EgressOnlyInternetGatewayId ?? route.TransitGatewayId ?? route.VpcPeeringConnectionId
    ?? route.NetworkInterfaceId ?? route.InstanceId ?? route.LocalGatewayId ?? route.CarrierGatewayId ?? route.CoreNetworkArn ?? '';
}

function toRoute(route: Route): RouteInfo {
  return {
    destination: route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock ?? route.DestinationPrefixListId ?? '',
    target: routeTarget(route),
    state: route.State ?? 'active',
  };
}

/** AWS reports protocols by number; some backends echo the name the request used. */
const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { all: '-1', tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };

function toAclEntry(entry: NetworkAclEntry): NetworkAclEntryInfo {
  const ports = entry.PortRange;
  const protocol = String(entry.Protocol ?? '-1').toLowerCase();
  return {
    ruleNumber: entry.RuleNumber ?? 0,
    egress: entry.Egress === true,
    protocol: PROTOCOL_NUMBERS[protocol] ?? protocol,
    icmpType: entry.IcmpTypeCode?.Type,
    action: entry.RuleAction === 'deny' ? 'deny' : 'allow',
    cidrBlock: entry.CidrBlock,
    ipv6CidrBlock: entry.Ipv6CidrBlock,
    portRange: ports?.From !== undefined && ports.To !== undefined ? { from: ports.From, to: ports.To } : undefined,
  };
}

/** EC2 reads used by the checks, memoised per run. Every method is a Describe call, filtered by VPC. */
export function createEc2Reader({ memo, client: clientOf }: ReaderDeps): Ec2Reader {
  // The SDK and the client are loaded on the first read, so runs without EC2 labs never load them.
  const load = async (): Promise<{ sdk: Ec2Sdk; paging: { client: EC2Client } }> => {
    const [sdk, factory] = await Promise.all([ec2Sdk(), ec2Client()]);
    return { sdk, paging: { client: clientOf(factory) } };
  };
  const inVpc = (vpcId: string) => ({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] });

  return {
    vpcs: () =>
      memo('ec2:DescribeVpcs', async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeVpcs(paging, {}), (p) =>
          p.Vpcs?.map((v) => ({
            id: v.VpcId ?? '',
            cidrBlock: v.CidrBlock ?? '',
            cidrBlocks: (v.CidrBlockAssociationSet ?? []).filter((a) => a.CidrBlockState?.State !== 'disassociated').map((a) => a.CidrBlock ?? ''),
            ipv6CidrBlocks: (v.Ipv6CidrBlockAssociationSet ?? []).map((a) => a.Ipv6CidrBlock ?? ''),
            isDefault: v.IsDefault === true,
            tags: tagsOf(v.Tags),
          })));
      }),

    subnets: (vpcId) =>
      memo(`ec2:DescribeSubnets:${vpcId}`, async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeSubnets(paging, inVpc(vpcId)), (p) =>
          p.Subnets?.map((s) => ({ id: s.SubnetId ?? '', vpcId: s.VpcId ?? '', cidrBlock: s.CidrBlock ?? '', availabilityZone: s.AvailabilityZone ?? '', tags: tagsOf(s.Tags) })));
      }),

    routeTables: (vpcId) =>
      memo(`ec2:DescribeRouteTables:${vpcId}`, async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeRouteTables(paging, inVpc(vpcId)), (p) =>
          p.RouteTables?.map((t) => ({
            id: t.RouteTableId ?? '',
            vpcId: t.VpcId ?? '',
            main: (t.Associations ?? []).some((a) => a.Main === true),
            subnetIds: (t.Associations ?? []).filter((a) => a.SubnetId && a.AssociationState?.State !== 'disassociated').map((a) => a.SubnetId!),
            routes: (t.Routes ?? []).map(toRoute),
            tags: tagsOf(t.Tags),
          })));
      }),

    internetGateways: (vpcId) =>
      memo(`ec2:DescribeInternetGateways:${vpcId}`, async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeInternetGateways(paging, { Filters: [{ Name: 'attachment.vpc-id', Values: [vpcId] }] }), (p) =>
          p.InternetGateways?.map((g) => ({
            id: g.InternetGatewayId ?? '',
            // A detaching or detached gateway no longer carries traffic.
            attachedVpcIds: (g.Attachments ?? []).filter((a) => ['available', 'attached'].includes(a.State ?? '')).map((a) => a.VpcId ?? ''),
            tags: tagsOf(g.Tags),
          })));
      }),

    networkAcls: (vpcId) =>
      memo(`ec2:DescribeNetworkAcls:${vpcId}`, async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeNetworkAcls(paging, inVpc(vpcId)), (p) =>
          p.NetworkAcls?.map((a) => ({
            id: a.NetworkAclId ?? '',
            vpcId: a.VpcId ?? '',
            isDefault: a.IsDefault === true,
            subnetIds: (a.Associations ?? []).map((x) => x.SubnetId ?? '').filter(Boolean),
            entries: (a.Entries ?? []).map(toAclEntry),
            tags: tagsOf(a.Tags),
          })));
      }),

    flowLogs: (resourceIds) =>
      memo(`ec2:DescribeFlowLogs:${[...resourceIds].sort().join(',')}`, async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeFlowLogs(paging, { Filter: [{ Name: 'resource-id', Values: [...resourceIds] }] }), (p) =>
          p.FlowLogs?.map((f): FlowLogInfo => ({
            id: f.FlowLogId ?? '',
            resourceId: f.ResourceId ?? '',
            trafficType: f.TrafficType ?? '',
            destinationType: f.LogDestinationType ?? 'cloud-watch-logs',
            destination: f.LogDestination ?? f.LogGroupName ?? '',
            status: f.FlowLogStatus ?? '',
            deliveryStatus: f.DeliverLogsStatus,
            deliveryError: f.DeliverLogsErrorMessage,
            tags: tagsOf(f.Tags),
          })));
      }),
  };
}
