import { describe, expect, it } from 'vitest';
import check from '../../../../labs/web-server/checks/ec2_web_sg_ports.ts';
import { GROUP, group, runOn, tcp } from './helpers.ts';

describe('ec2_web_sg_ports', () => {
  it('compliance: 80 and 443 from 0.0.0.0/0 and 5000 open, no SSH', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: GROUP, httpFromAnywhere: true, httpsFromAnywhere: true, flaskPortOpen: true, sshFromInternet: [] });
  });

  it('compliance: a suffixed name, a port range covering 80-443, 5000 from the VPC only and SSH from one address', async () => {
    const outcome = await runOn(check, (n) => {
      group(n).name = 'nubelab-web-sg-ana';
      group(n).ingress = [
        { ...tcp(80), toPort: 443 },
        tcp(5000, { ipv4Ranges: ['172.31.0.0/16'] }),
        tcp(22, { ipv4Ranges: ['203.0.113.7/32'] }),
      ];
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: SSH from 0.0.0.0/0 or ::/0, or an all-traffic rule from the world', async () => {
    for (const rule of [tcp(22), tcp(22, { ipv6Ranges: ['::/0'] }), { ...tcp(0), protocol: '-1', fromPort: undefined, toPort: undefined }]) {
      const outcome = await runOn(check, (n) => group(n).ingress.push(rule));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain('lets SSH in from the internet');
    }
  });

  it('non-compliance: HTTPS only from a private range, or no Flask port', async () => {
    const https = await runOn(check, (n) => (group(n).ingress[1] = tcp(443, { ipv4Ranges: ['10.0.0.0/8'] })));
    expect(https.status).toBe('fail');
    expect(https.message.en).toContain('HTTPS (443) from 0.0.0.0/0');
    const flask = await runOn(check, (n) => group(n).ingress.pop());
    expect(flask.status).toBe('fail');
    expect(flask.message.en).toContain('TCP 5000');
  });

  it('non-compliance: no group named like the lesson', async () => {
    const outcome = await runOn(check, (n) => (group(n).name = 'web'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('no security group named nubelab-web-sg');
  });
});
