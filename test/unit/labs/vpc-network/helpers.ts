import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { NetworkAclEntryInfo } from '../../../../checker/services/ec2/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { emptyNetwork, fakeEc2, type NetworkFixture } from '../../../support/fakes/ec2.ts';

/** The lesson's network as plain data: what the reference stack and the CLI steps build. */
export const VPC = 'vpc-0aaa';
export const IGW = 'igw-0aaa';
export const PUBLIC_RTB = 'rtb-0public';
export const PRIVATE_RTB = 'rtb-0private';
export const MAIN_RTB = 'rtb-0main';
export const WEB_ACL = 'acl-0web';
export const DEFAULT_ACL = 'acl-0default';
export const SUBNETS = { publicA: 'subnet-0pa', publicB: 'subnet-0pb', privateA: 'subnet-0xa', privateB: 'subnet-0xb' };

export const allow = (ruleNumber: number, from: number, to: number, egress = false, cidrBlock = '0.0.0.0/0'): NetworkAclEntryInfo =>
  ({ ruleNumber, egress, protocol: '6', action: 'allow', cidrBlock, portRange: { from, to } });

/** AWS lists the final `*` rule (32767, deny everything) in each direction. */
const finalDeny = (egress: boolean): NetworkAclEntryInfo => ({ ruleNumber: 32767, egress, protocol: '-1', action: 'deny', cidrBlock: '0.0.0.0/0' });

export const webEntries = (): NetworkAclEntryInfo[] => [
  allow(100, 80, 80),
  allow(110, 443, 443),
  allow(120, 1024, 65535),
  finalDeny(false),
  allow(100, 1024, 65535, true),
  allow(110, 80, 80, true),
  allow(120, 443, 443, true),
  finalDeny(true),
];

export function referenceNetwork(): NetworkFixture {
  const subnet = (id: string, zone: string, cidrBlock: string, name: string) => ({ id, vpcId: VPC, availabilityZone: zone, cidrBlock, tags: { Name: name } });
  return {
    ...emptyNetwork(),
    vpcs: [
      { id: 'vpc-0default', cidrBlock: '172.31.0.0/16', cidrBlocks: ['172.31.0.0/16'], ipv6CidrBlocks: [], isDefault: true, tags: {} },
      { id: VPC, cidrBlock: '10.0.0.0/16', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: [], isDefault: false, tags: { Name: 'nubelab-vpc' } },
    ],
    subnets: [
      subnet(SUBNETS.publicA, 'us-east-1a', '10.0.1.0/24', 'nubelab-public-a'),
      subnet(SUBNETS.publicB, 'us-east-1b', '10.0.2.0/24', 'nubelab-public-b'),
      subnet(SUBNETS.privateA, 'us-east-1a', '10.0.11.0/24', 'nubelab-private-a'),
      subnet(SUBNETS.privateB, 'us-east-1b', '10.0.12.0/24', 'nubelab-private-b'),
    ],
    internetGateways: [{ id: IGW, attachedVpcIds: [VPC], tags: {} }],
    routeTables: [
      { id: MAIN_RTB, vpcId: VPC, main: true, subnetIds: [], routes: [{ destination: '10.0.0.0/16', target: 'local', state: 'active' }], tags: {} },
      {
        id: PUBLIC_RTB, vpcId: VPC, main: false, subnetIds: [SUBNETS.publicA, SUBNETS.publicB], tags: {},
        routes: [{ destination: '10.0.0.0/16', target: 'local', state: 'active' }, { destination: '0.0.0.0/0', target: IGW, state: 'active' }],
      },
      { id: PRIVATE_RTB, vpcId: VPC, main: false, subnetIds: [SUBNETS.privateA, SUBNETS.privateB], routes: [{ destination: '10.0.0.0/16', target: 'local', state: 'active' }], tags: {} },
    ],
    networkAcls: [
      { id: DEFAULT_ACL, vpcId: VPC, isDefault: true, subnetIds: [SUBNETS.privateA, SUBNETS.privateB], tags: {}, entries: [
        { ruleNumber: 100, egress: false, protocol: '-1', action: 'allow', cidrBlock: '0.0.0.0/0' },
        finalDeny(false),
        { ruleNumber: 100, egress: true, protocol: '-1', action: 'allow', cidrBlock: '0.0.0.0/0' },
        finalDeny(true),
      ] },
      { id: WEB_ACL, vpcId: VPC, isDefault: false, subnetIds: [SUBNETS.publicA, SUBNETS.publicB], tags: { Name: 'nubelab-public-web' }, entries: webEntries() },
    ],
    flowLogs: [
      { id: 'fl-0aaa', resourceId: VPC, trafficType: 'ALL', destinationType: 's3', destination: 'arn:aws:s3:::nubelab-flow-logs-123456789012/vpc-flow-logs/', status: 'ACTIVE', deliveryStatus: 'SUCCESS', tags: {} },
    ],
  };
}

/** Runs a check on the reference network after `change` edits it. */
export async function runOn(check: CheckDefinition, change: (network: NetworkFixture) => void = () => {}): Promise<Outcome> {
  const network = referenceNetwork();
  change(network);
  return check.run(fakeContext({ ec2: fakeEc2(network) }));
}

export const table = (network: NetworkFixture, id: string) => network.routeTables.find((t) => t.id === id)!;
export const acl = (network: NetworkFixture, id: string) => network.networkAcls.find((a) => a.id === id)!;
