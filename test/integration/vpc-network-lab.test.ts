import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { ec2Client } from '../../checker/services/ec2/client.ts';
import lab from '../../labs/vpc-network/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, deployReference, statusesOf } from '../support/lab-contract.ts';
import { vpcNetworkMutants } from '../support/mutants/vpc-network.ts';
import { ALTERNATIVE_WEB_ACL, awsCli, buildNetwork, type NetworkShape } from '../support/vpc-network.ts';

const emulator = useEmulator();
const VPC_NAME = 'nubelab-vpc-student';
// The factory is loaded once (the EC2 SDK is loaded lazily); every client cache recognises it.
const ec2Factory = await ec2Client();

const ALL_PASS = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));

/** The lab's shape built by hand, differently from the reference and the CLI steps. */
const ALTERNATIVE: NetworkShape = {
  name: 'nubelab-vpc',
  cidr: '172.16.0.0/16',
  subnets: ['172.16.0.0/24', '172.16.1.0/24', '172.16.128.0/24', '172.16.129.0/24'],
  zones: ['us-east-1b', 'us-east-1c'],
  publicThroughMainTable: true,
  aclEntries: ALTERNATIVE_WEB_ACL,
  flowLog: { kind: 'cloud-watch-logs', logGroup: '/nubelab/vpc-flow-logs', trafficType: 'REJECT' },
};

describeLabContract('vpc-network', emulator, { mutants: vpcNetworkMutants });

describe('vpc-network: other solutions on the emulator', () => {
  async function build(shape: NetworkShape) {
    const clients = deployClients(emulator.target());
    try {
      return await buildNetwork(clients.get(ec2Factory), shape);
    } finally {
      clients.close();
    }
  }

  it('a valid alternative passes: 172.16.0.0/16, public through the main table, a deny rule first, flow logs of rejected traffic to CloudWatch Logs', async () => {
    await emulator.reset();
    awsCli(emulator, ['logs', 'create-log-group', '--log-group-name', '/nubelab/vpc-flow-logs']);
    await build(ALTERNATIVE);
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
  });

  it('flow logs to a CloudWatch Logs group that does not exist fail delivery, and the check says so', async () => {
    await emulator.reset();
    await build({ ...ALTERNATIVE, flowLog: { kind: 'cloud-watch-logs', logGroup: '/nubelab/missing', trafficType: 'ALL' } });
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'vpc_flow_logs_enabled')!;
    expect(finding.status).toBe('fail');
    expect(finding.message.en).toMatch(/cloud-watch-logs \/nubelab\/missing, ACTIVE\/FAILED/);
  });

  it('the reference deployed twice is updated in place, and still passes', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await deployReference(lab, emulator);
    const clients = deployClients(emulator.target());
    try {
      const vpcs = (await clients.get(ec2Factory).send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: [VPC_NAME] }] }))).Vpcs ?? [];
      expect(vpcs).toHaveLength(1);
    } finally {
      clients.close();
    }
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
  });
});
