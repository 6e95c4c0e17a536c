import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { RoleInfo } from '../../../../checker/services/iam/types.ts';
import type { InstanceInfo, PermissionInfo } from '../../../../checker/services/ec2/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { emptyNetwork, fakeEc2, type NetworkFixture } from '../../../support/fakes/ec2.ts';

/** The lesson's instance as plain data: what the CLI steps launch. */
export const INSTANCE = 'i-0aaa';
export const GROUP = 'sg-0aaa';
export const AMI = 'ami-0al2023';
export const ROOT_VOLUME = 'vol-0root';
export const EIC_LIST = 'pl-0eic';
export const PROFILE_ARN = 'arn:aws:iam::123456789012:instance-profile/de-s3access';

export const sshFrom = (source: Partial<PermissionInfo>): PermissionInfo =>
  ({ protocol: '6', fromPort: 22, toPort: 22, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], groupIds: [], ...source });

export function referenceInstance(): InstanceInfo {
  return {
    id: INSTANCE,
    state: 'running',
    instanceType: 't3.micro',
    imageId: AMI,
    launchTime: '2026-11-30T10:00:00.000Z',
    instanceProfileArn: PROFILE_ARN,
    httpTokens: 'required',
    httpEndpoint: 'enabled',
    rootDeviceName: '/dev/xvda',
    blockDevices: [{ deviceName: '/dev/xvda', volumeId: ROOT_VOLUME }],
    securityGroupIds: [GROUP],
    tags: { Name: 'data-engineer' },
  };
}

export interface Account {
  network: NetworkFixture;
  roles: RoleInfo[];
  /** Instance profile ARNs, by role name. */
  profiles: Record<string, string[]>;
}

export function referenceAccount(): Account {
  return {
    network: {
      ...emptyNetwork(),
      instances: [referenceInstance()],
      images: [
        { id: AMI, name: 'al2023-ami-2023.9.20261110.0-kernel-6.12-x86_64', ownerId: '137112412989' },
        { id: 'ami-0al2', name: 'amzn2-ami-kernel-5.10-hvm-2.0.20261101.0-x86_64-gp2', ownerId: '137112412989' },
        { id: 'ami-0ubuntu', name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20261101', ownerId: '099720109477' },
      ],
      volumes: [{ id: ROOT_VOLUME, encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/aws-ebs' }, { id: 'vol-0data', encrypted: false }],
      securityGroups: [{ id: GROUP, name: 'data-engineer-sg', vpcId: 'vpc-0default', tags: {}, ingress: [sshFrom({ prefixListIds: [EIC_LIST] })] }],
      prefixLists: [{ id: EIC_LIST, name: 'com.amazonaws.us-east-1.ec2-instance-connect' }],
    },
    roles: [{ name: 'de-s3access', arn: 'arn:aws:iam::123456789012:role/de-s3access' } as RoleInfo],
    profiles: { 'de-s3access': [PROFILE_ARN] },
  };
}

/** Runs a check on the reference account after `change` edits it. */
export async function runOn(check: CheckDefinition, change: (account: Account) => void = () => {}): Promise<Outcome> {
  const account = referenceAccount();
  change(account);
  return check.run(fakeContext({
    ec2: fakeEc2(account.network),
    iam: {
      listRoles: async () => account.roles,
      instanceProfilesForRole: async (name: string) => (account.profiles[name] ?? []).map((arn) => ({ arn, name: arn.split('/').pop()! })),
    },
  }));
}

export const instance = (account: Account) => account.network.instances![0]!;
export const group = (account: Account) => account.network.securityGroups![0]!;
