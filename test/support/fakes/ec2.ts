import type {
  Ec2Reader,
  FlowLogInfo,
  InternetGatewayInfo,
  NetworkAclInfo,
  RouteTableInfo,
  SubnetInfo,
  VpcInfo,
} from '../../../checker/services/ec2/types.ts';

/** A region's networks described as plain data, for unit tests of EC2 checks. */
export interface NetworkFixture {
  vpcs: VpcInfo[];
  subnets: SubnetInfo[];
  routeTables: RouteTableInfo[];
  internetGateways: InternetGatewayInfo[];
  networkAcls: NetworkAclInfo[];
  flowLogs: FlowLogInfo[];
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
  };
}
