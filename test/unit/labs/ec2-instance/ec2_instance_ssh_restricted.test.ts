import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_ssh_restricted.ts';
import { EIC_LIST, group, runOn, sshFrom } from './helpers.ts';

describe('ec2_instance_ssh_restricted', () => {
  it('compliance: SSH from the EC2 Instance Connect prefix list only', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.sshSources).toEqual([`${EIC_LIST} (EC2 Instance Connect)`]);
  });

  it('compliance: plus SSH from one IPv4 or IPv6 address, or from an Instance Connect Endpoint group', async () => {
    const outcome = await runOn(check, (a) => group(a).ingress.push(
      sshFrom({ ipv4Ranges: ['203.0.113.10/32'], ipv6Ranges: ['2001:db8::10/128'] }),
      sshFrom({ groupIds: ['sg-0eice'] }),
    ));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.sshSources).toHaveLength(4);
  });

  it('compliance: no inbound rule at all (Session Manager)', async () => {
    const outcome = await runOn(check, (a) => (group(a).ingress = []));
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toContain('Session Manager');
  });

  it('non-compliance: SSH from 0.0.0.0/0 or ::/0', async () => {
    for (const source of [{ ipv4Ranges: ['0.0.0.0/0'] }, { ipv6Ranges: ['::/0'] }]) {
      const outcome = await runOn(check, (a) => group(a).ingress.push(sshFrom(source)));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence.openToWorld).toHaveLength(1);
    }
  });

  it('non-compliance: SSH from a whole range, inside a port range, or through an all-traffic rule', async () => {
    const rules = [
      sshFrom({ ipv4Ranges: ['198.51.100.0/24'] }),
      sshFrom({ fromPort: 0, toPort: 1024, ipv4Ranges: ['10.0.0.0/8'] }),
      sshFrom({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv4Ranges: ['172.16.0.0/12'] }),
      sshFrom({ prefixListIds: ['pl-0mycompany'] }),
    ];
    for (const rule of rules) {
      const outcome = await runOn(check, (a) => group(a).ingress.push(rule));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence.wideSsh).toHaveLength(1);
    }
  });

  it('non-compliance: another port open to the world, even without SSH', async () => {
    const outcome = await runOn(check, (a) => group(a).ingress.push(sshFrom({ fromPort: 8888, toPort: 8888, ipv4Ranges: ['0.0.0.0/0'] })));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('tcp 8888 from 0.0.0.0/0');
  });
});
