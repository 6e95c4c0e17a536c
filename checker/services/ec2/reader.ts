import type { EC2Client, IpPermission, NetworkAclEntry, Route, SecurityGroup, Tag } from '@aws-sdk/client-ec2';
import { errorCode } from '../../aws/errors.ts';
import type { ReaderDeps } from '../service.ts';
import { ec2Client, ec2Sdk, type Ec2Sdk } from './client.ts';
import type { Ec2Reader, FlowLogInfo, InstanceInfo, NetworkAclEntryInfo, PermissionInfo, RouteInfo, SecurityGroupInfo } from './types.ts';

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

function toPermission(p: IpPermission): PermissionInfo {
  const protocol = String(p.IpProtocol ?? '-1').toLowerCase();
  return {
    protocol: PROTOCOL_NUMBERS[protocol] ?? protocol,
    fromPort: p.FromPort,
    toPort: p.ToPort,
    ipv4Ranges: (p.IpRanges ?? []).map((r) => r.CidrIp ?? ''),
    ipv6Ranges: (p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? ''),
    prefixListIds: (p.PrefixListIds ?? []).map((r) => r.PrefixListId ?? ''),
    groupIds: (p.UserIdGroupPairs ?? []).map((r) => r.GroupId ?? ''),
  };
}

function toSecurityGroup(g: SecurityGroup): SecurityGroupInfo {
  return { id: g.GroupId ?? '', name: g.GroupName ?? '', vpcId: g.VpcId ?? '', ingress: (g.IpPermissions ?? []).map(toPermission), tags: tagsOf(g.Tags) };
}

/** An id that no longer exists (a deregistered image, a deleted volume) is answered as "none" rather than an error. */
function goneAsEmpty(error: unknown): Record<string, never> {
  if (errorCode(error).endsWith('.NotFound')) return {};
  throw error;
}

const idsKey = (ids: readonly string[]) => [...ids].sort().join(',');

/** EC2 reads used by the checks, memoised per run. Every method is a Describe call, filtered by VPC or by id. */
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

    instances: () =>
      memo('ec2:DescribeInstances', async () => {
        const { sdk, paging } = await load();
        // Terminated instances stay listed for about an hour on AWS; they are gone for the learner.
        const states = ['pending', 'running', 'stopping', 'stopped', 'shutting-down'];
        const reservations = await all(sdk.paginateDescribeInstances(paging, { Filters: [{ Name: 'instance-state-name', Values: states }] }), (p) => p.Reservations);
        return reservations.flatMap((r) => r.Instances ?? []).map((i): InstanceInfo => ({
          id: i.InstanceId ?? '',
          state: i.State?.Name ?? '',
          instanceType: i.InstanceType ?? '',
          imageId: i.ImageId ?? '',
          availabilityZone: i.Placement?.AvailabilityZone,
          launchTime: i.LaunchTime?.toISOString(),
          instanceProfileArn: i.IamInstanceProfile?.Arn,
          httpTokens: i.MetadataOptions?.HttpTokens,
          httpEndpoint: i.MetadataOptions?.HttpEndpoint,
          rootDeviceName: i.RootDeviceName,
          blockDevices: (i.BlockDeviceMappings ?? []).map((b) => ({ deviceName: b.DeviceName ?? '', volumeId: b.Ebs?.VolumeId ?? '' })),
          securityGroupIds: (i.SecurityGroups ?? []).map((g) => g.GroupId ?? ''),
          tags: tagsOf(i.Tags),
        }));
      }),

    images: (ids) =>
      memo(`ec2:DescribeImages:${idsKey(ids)}`, async () => {
        if (!ids.length) return [];
        const { sdk, paging } = await load();
        const out = await paging.client.send(new sdk.DescribeImagesCommand({ ImageIds: [...ids] })).catch(goneAsEmpty);
        return (out.Images ?? []).map((i) => ({ id: i.ImageId ?? '', name: i.Name ?? '', ownerId: i.OwnerId }));
      }),

    volumes: (ids) =>
      memo(`ec2:DescribeVolumes:${idsKey(ids)}`, async () => {
        if (!ids.length) return [];
        const { sdk, paging } = await load();
        const out = await paging.client.send(new sdk.DescribeVolumesCommand({ VolumeIds: [...ids] })).catch(goneAsEmpty);
        return (out.Volumes ?? []).map((v) => ({ id: v.VolumeId ?? '', encrypted: v.Encrypted === true, kmsKeyId: v.KmsKeyId }));
      }),

    securityGroups: (ids) =>
      memo(`ec2:DescribeSecurityGroups:${idsKey(ids)}`, async () => {
        if (!ids.length) return [];
        const { sdk, paging } = await load();
        const out = await paging.client.send(new sdk.DescribeSecurityGroupsCommand({ GroupIds: [...ids] })).catch(goneAsEmpty);
        return (out.SecurityGroups ?? []).map(toSecurityGroup);
      }),

    allSecurityGroups: () =>
      memo('ec2:DescribeSecurityGroups', async () => {
        const { sdk, paging } = await load();
        return all(sdk.paginateDescribeSecurityGroups(paging, {}), (p) => p.SecurityGroups?.map(toSecurityGroup));
      }),

    userData: (instanceId) =>
      memo(`ec2:DescribeInstanceAttribute:userData:${instanceId}`, async () => {
        const { sdk, paging } = await load();
        const out = await paging.client.send(new sdk.DescribeInstanceAttributeCommand({ InstanceId: instanceId, Attribute: 'userData' })).catch(goneAsEmpty);
        const encoded = out.UserData?.Value;
        return encoded ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
      }),

    managedPrefixList: (name) =>
      memo(`ec2:DescribeManagedPrefixLists:${name}`, async () => {
        const { sdk, paging } = await load();
        const out = await paging.client.send(new sdk.DescribeManagedPrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: [name] }] }));
        const list = out.PrefixLists?.find((l) => l.PrefixListName === name);
        return list?.PrefixListId ? { id: list.PrefixListId, name } : undefined;
      }),
  };
}
