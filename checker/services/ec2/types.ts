/** Plain data the EC2 reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface Tagged {
  /** The resource's tags, by key. */
  tags: Readonly<Record<string, string>>;
}

export interface VpcInfo extends Tagged {
  id: string;
  /** The primary IPv4 block, e.g. 10.0.0.0/16. */
  cidrBlock: string;
  /** Every associated IPv4 block, the primary one first. */
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
  isDefault: boolean;
}

export interface SubnetInfo extends Tagged {
  id: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
}

export interface RouteInfo {
  /** IPv4 or IPv6 destination; a prefix-list destination is `pl-…`. */
  destination: string;
  /** What the route sends traffic to: igw-…, nat-…, eigw-…, local, … */
  target: string;
  /** active | blackhole */
  state: string;
}

export interface RouteTableInfo extends Tagged {
  id: string;
  vpcId: string;
  /** The VPC's main route table: subnets without an explicit association use it. */
  main: boolean;
  subnetIds: string[];
  routes: RouteInfo[];
}

export interface InternetGatewayInfo extends Tagged {
  id: string;
  /** VPCs it is attached to (state `available`/`attached`). */
  attachedVpcIds: string[];
}

export interface NetworkAclEntryInfo {
  ruleNumber: number;
  egress: boolean;
  /** IANA protocol number as text (`6` TCP, `17` UDP, `1` ICMP); `-1` is every protocol. */
  protocol: string;
  action: 'allow' | 'deny';
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  /** TCP/UDP ports; absent means every port. */
  portRange?: { from: number; to: number };
  /** ICMP type; absent or -1 means every type. */
  icmpType?: number;
}

export interface NetworkAclInfo extends Tagged {
  id: string;
  vpcId: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: NetworkAclEntryInfo[];
}

export interface FlowLogInfo extends Tagged {
  id: string;
  resourceId: string;
  /** ALL | ACCEPT | REJECT */
  trafficType: string;
  /** cloud-watch-logs | s3 | kinesis-data-firehose */
  destinationType: string;
  /** The log group name or the S3/Firehose ARN. */
  destination: string;
  /** ACTIVE when it records. */
  status: string;
  /** SUCCESS | FAILED (e.g. the role cannot write to the log group). */
  deliveryStatus?: string;
  deliveryError?: string;
}

export interface Ec2Reader {
  /** Every VPC of the region. */
  vpcs(): Promise<VpcInfo[]>;
  subnets(vpcId: string): Promise<SubnetInfo[]>;
  routeTables(vpcId: string): Promise<RouteTableInfo[]>;
  /** Internet gateways attached to the VPC. */
  internetGateways(vpcId: string): Promise<InternetGatewayInfo[]>;
  networkAcls(vpcId: string): Promise<NetworkAclInfo[]>;
  /** Flow logs whose resource is one of `resourceIds` (a VPC, its subnets). */
  flowLogs(resourceIds: readonly string[]): Promise<FlowLogInfo[]>;
}
