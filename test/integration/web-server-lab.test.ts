import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { ec2Client } from '../../checker/services/ec2/client.ts';
import lab from '../../labs/web-server/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, statusesOf } from '../support/lab-contract.ts';
import { runLabSteps } from '../support/lab-steps.ts';
import { webServerMutants } from '../support/mutants/web-server.ts';

const emulator = useEmulator();
const AL2023 = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
const ec2Factory = await ec2Client();

const ALL_PASS = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));

describeLabContract('web-server', emulator, { mutants: webServerMutants });

const CLOUD_CONFIG = `#cloud-config
packages:
  - python3-pip
runcmd:
  - python3 -m pip install flask
  - mkdir -p /opt/taxi
  - printf 'from flask import Flask\\napp = Flask(__name__)\\napp.run(host="0.0.0.0", port=5000)\\n' > /opt/taxi/app.py
  - nohup python3 /opt/taxi/app.py > /var/log/taxi.log 2>&1 &
`;

describe('web-server: other solutions on the emulator', () => {
  it('passes cloud-config user data, a group with a 80-443 range and Flask from the VPC, servers in zones a and c', async () => {
    await emulator.reset();
    runLabSteps('iam-role', emulator.endpoint);
    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(ec2Factory);
      const group = await client.send(new CreateSecurityGroupCommand({ GroupName: 'nubelab-web-sg-ana', Description: 'web tier' }));
      await client.send(new AuthorizeSecurityGroupIngressCommand({
        GroupId: group.GroupId!,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 80, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          { IpProtocol: 'tcp', FromPort: 5000, ToPort: 5000, IpRanges: [{ CidrIp: '172.31.0.0/16' }] },
        ],
      }));
      for (const [name, zone] of [['nubelab-web-ana-a', 'us-east-1a'], ['nubelab-web-ana-c', 'us-east-1c']] as const) {
        await client.send(new RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          ImageId: AL2023,
          InstanceType: 't2.micro',
          Placement: { AvailabilityZone: zone },
          IamInstanceProfile: { Name: 'de-s3access' },
          SecurityGroupIds: [group.GroupId!],
          UserData: Buffer.from(CLOUD_CONFIG).toString('base64'),
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
        }));
      }
    } finally {
      clients.close();
    }
    expect(await statusesOf(lab, emulator)).toEqual(ALL_PASS);
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const userData = result.labs[0]!.checks.find((c) => c.id === 'ec2_web_user_data_flask')!;
    expect(userData.evidence.userData).toEqual([expect.objectContaining({ form: 'cloud-config' }), expect.objectContaining({ form: 'cloud-config' })]);
    const zones = result.labs[0]!.checks.find((c) => c.id === 'ec2_web_instances_two_azs')!;
    expect(zones.evidence.zones).toEqual(['us-east-1a', 'us-east-1c']);
  });
});
