import type {
  Ec2Reader,
  FlowLogInfo,
  ImageInfo,
  InstanceInfo,
  InternetGatewayInfo,
  NetworkAclInfo,
  PrefixListInfo,
  RouteTableInfo,
  SecurityGroupInfo,
  SubnetInfo,
  VolumeInfo,
  VpcInfo,
} from '../../../checker/services/ec2/types.ts';

/** A region's networks and instances described as plain data, for unit tests of EC2 checks. */
export interface NetworkFixture {
  vpcs: VpcInfo[];
  subnets: SubnetInfo[];
  routeTables: RouteTableInfo[];
  internetGateways: InternetGatewayInfo[];
  networkAcls: NetworkAclInfo[];
  flowLogs: FlowLogInfo[];
  /** Instances that are not terminated (the reader leaves those out). */
  instances?: InstanceInfo[];
  images?: ImageInfo[];
  volumes?: VolumeInfo[];
  securityGroups?: SecurityGroupInfo[];
  /** AWS-managed prefix lists of the region. */
  prefixLists?: PrefixListInfo[];
  /** Decoded user data, by instance id. */
  userData?: Record<string, string>;
}

export const emptyNetwork = (): NetworkFixture => ({ vpcs: [], subnets: [], routeTables: [], internetGateways: [], networkAcls: [], flowLogs: [] });

/** An EC2 reader that answers from plain data, filtering by VPC the way the Describe filters do. */
export function fakeEc2(network: NetworkFixture): Ec2Reader {
  return {
    vpcs: async () => network.vpcs,
    subnets: async (vpcId) => network.subnets.filter((s) => s.vpcId === vpcId),
    routeTables: async (vpcId) => network.routeTables.filter((t) => t.vpcId === vpcId),
    internetGateways: async (vpcId) => network.internetGateways.filter((g) => g.attachedVpcIds.includes(vpcId)),
    networkAcls: async (vpcId) => network.networkAcls.filter((a) => a.vpcId === vpcId),
    flowLogs: async (ids) => network.flowLogs.filter((f) => ids.includes(f.resourceId)),
    instances: async () => network.instances ?? [],
    images: async (ids) => (network.images ?? []).filter((i) => ids.includes(i.id)),
    volumes: async (ids) => (network.volumes ?? []).filter((v) => ids.includes(v.id)),
    securityGroups: async (ids) => (network.securityGroups ?? []).filter((g) => ids.includes(g.id)),
    allSecurityGroups: async () => network.securityGroups ?? [],
    userData: async (id) => network.userData?.[id],
    managedPrefixList: async (name) => (network.prefixLists ?? []).find((l) => l.name === name),
  };
}
