import { readFileSync } from 'node:fs';
import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { InstanceInfo, PermissionInfo, SecurityGroupInfo } from '../../../../checker/services/ec2/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { emptyNetwork, fakeEc2, type NetworkFixture } from '../../../support/fakes/ec2.ts';

/** The lab's reference account as plain data: what the CLI steps build. */
export const GROUP = 'sg-0web';
export const PROFILE_ARN = 'arn:aws:iam::123456789012:instance-profile/de-s3access';
export const USER_DATA = readFileSync(new URL('../../../../labs/web-server/user-data.sh', import.meta.url), 'utf8');

export const tcp = (port: number, source: Partial<PermissionInfo> = { ipv4Ranges: ['0.0.0.0/0'] }): PermissionInfo =>
  ({ protocol: '6', fromPort: port, toPort: port, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], groupIds: [], ...source });

export function webGroup(): SecurityGroupInfo {
  return { id: GROUP, name: 'nubelab-web-sg', vpcId: 'vpc-0default', tags: {}, ingress: [tcp(80), tcp(443), tcp(5000)] };
}

export function webInstance(n: number, zone: string): InstanceInfo {
  return {
    id: `i-0web${n}`,
    state: 'running',
    instanceType: 't3.micro',
    imageId: 'ami-0al2023',
    availabilityZone: zone,
    instanceProfileArn: PROFILE_ARN,
    blockDevices: [],
    securityGroupIds: [GROUP],
    tags: { Name: `nubelab-web-${n}` },
  };
}

export function referenceNetwork(): NetworkFixture {
  return {
    ...emptyNetwork(),
    instances: [webInstance(1, 'us-east-1a'), webInstance(2, 'us-east-1b')],
    securityGroups: [webGroup(), { id: 'sg-0default', name: 'default', vpcId: 'vpc-0default', tags: {}, ingress: [] }],
    userData: { 'i-0web1': USER_DATA, 'i-0web2': USER_DATA },
  };
}

/** Runs a check on the reference account after `change` edits it. */
export async function runOn(check: CheckDefinition, change: (network: NetworkFixture) => void = () => {}): Promise<Outcome> {
  const network = referenceNetwork();
  change(network);
  return check.run(fakeContext({ ec2: fakeEc2(network) }));
}

export const group = (n: NetworkFixture) => n.securityGroups![0]!;
export const instance = (n: NetworkFixture, index: number) => n.instances![index]!;
