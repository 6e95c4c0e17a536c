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

export interface InstanceInfo extends Tagged {
  id: string;
  /** pending | running | stopping | stopped | shutting-down | terminated */
  state: string;
  instanceType: string;
  imageId: string;
  /** e.g. us-east-1a. */
  availabilityZone?: string;
  /** ISO 8601. */
  launchTime?: string;
  /** The instance profile attached, if any. */
  instanceProfileArn?: string;
  /** required: IMDSv2 only; optional: IMDSv1 still answers. */
  httpTokens?: string;
  /** disabled: no metadata service at all. */
  httpEndpoint?: string;
  /** e.g. /dev/xvda; the block device with this name is the root volume. */
  rootDeviceName?: string;
  blockDevices: { deviceName: string; volumeId: string }[];
  securityGroupIds: string[];
}

export interface ImageInfo {
  id: string;
  name: string;
  ownerId?: string;
}

export interface VolumeInfo {
  id: string;
  encrypted: boolean;
  kmsKeyId?: string;
}

/** One inbound rule set of a security group: a protocol and port range, from any of its sources. */
export interface PermissionInfo {
  /** IANA protocol number as text; `-1` is every protocol (and every port). */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  prefixListIds: string[];
  /** Other security groups allowed in. */
  groupIds: string[];
}

export interface SecurityGroupInfo extends Tagged {
  id: string;
  name: string;
  vpcId: string;
  ingress: PermissionInfo[];
}

export interface PrefixListInfo {
  id: string;
  name: string;
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
  /** Every instance of the region that is not terminated. */
  instances(): Promise<InstanceInfo[]>;
  /** The images with these ids that the account can see. */
  images(ids: readonly string[]): Promise<ImageInfo[]>;
  volumes(ids: readonly string[]): Promise<VolumeInfo[]>;
  securityGroups(ids: readonly string[]): Promise<SecurityGroupInfo[]>;
  /** Every security group of the region. */
  allSecurityGroups(): Promise<SecurityGroupInfo[]>;
  /** The instance's user data, decoded from base64 to text; undefined when it has none. */
  userData(instanceId: string): Promise<string | undefined>;
  /** The AWS-managed prefix list of this name in the region (e.g. EC2 Instance Connect's), if any. */
  managedPrefixList(name: string): Promise<PrefixListInfo | undefined>;
}
