import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_nacl_public_web_only.ts';
import type { NetworkAclEntryInfo } from '../../../../checker/services/ec2/types.ts';
import { acl, allow, DEFAULT_ACL, runOn, SUBNETS, WEB_ACL } from './helpers.ts';

const withEntries = (change: (entries: NetworkAclEntryInfo[]) => NetworkAclEntryInfo[] | void) =>
  runOn(check, (n) => {
    const web = acl(n, WEB_ACL);
    web.entries = change(web.entries) ?? web.entries;
  });

const deny = (ruleNumber: number, entry: Partial<NetworkAclEntryInfo>): NetworkAclEntryInfo =>
  ({ ruleNumber, egress: false, protocol: '-1', action: 'deny', cidrBlock: '0.0.0.0/0', ...entry });

describe('vpc_nacl_public_web_only', () => {
  it('compliance: 80, 443 and 1024-65535 in; replies out', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('compliance: a deny for an abusive range placed before the allows (the lesson\'s example)', async () => {
    expect((await withEntries((e) => [deny(90, { cidrBlock: '198.51.100.0/24' }), ...e])).status).toBe('pass');
  });

  it('compliance: the ports in other rule numbers and orders, ephemeral range split in two rules', async () => {
    const outcome = await withEntries((e) => [
      allow(10, 1024, 32767), allow(20, 32768, 65535), allow(300, 443, 443), allow(400, 80, 80),
      ...e.filter((x) => x.egress || x.ruleNumber === 32767),
    ]);
    expect(outcome.status).toBe('pass');
  });

  it('compliance: all traffic allowed out; an IPv6 deny in', async () => {
    const outcome = await withEntries((e) => [
      ...e.filter((x) => !x.egress),
      { ruleNumber: 100, egress: true, protocol: '-1', action: 'allow', cidrBlock: '0.0.0.0/0' },
      deny(50, { cidrBlock: undefined, ipv6CidrBlock: '::/0' }),
    ]);
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the public subnets keep the default ACL, which allows everything', async () => {
    const outcome = await runOn(check, (n) => {
      acl(n, WEB_ACL).subnetIds = [];
      acl(n, DEFAULT_ACL).subnetIds.push(SUBNETS.publicA, SUBNETS.publicB);
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`${DEFAULT_ACL} (default): rule 100 (all traffic from 0.0.0.0/0) lets in`);
  });

  it('non-compliance: SSH from anywhere as well', async () => {
    const outcome = await withEntries((e) => [allow(90, 22, 22), ...e]);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('rule 90 (TCP 22 from 0.0.0.0/0) lets in TCP 22');
    expect(outcome.message.es).toContain('la regla 90 (TCP 22 desde 0.0.0.0/0) deja entrar TCP 22');
  });

  it('non-compliance: a wider TCP range names exactly the extra ports', async () => {
    const outcome = await withEntries((e) => [allow(90, 0, 65535), ...e]);
    expect(outcome.message.en).toContain('lets in TCP 0-79, TCP 81-442, TCP 444-1023');
  });

  it('non-compliance: UDP, ICMP or an open IPv6 rule', async () => {
    const extras: NetworkAclEntryInfo[] = [
      { ...allow(130, 1024, 65535), protocol: '17' },
      { ruleNumber: 130, egress: false, protocol: '1', action: 'allow', cidrBlock: '0.0.0.0/0', icmpType: -1 },
      { ruleNumber: 130, egress: false, protocol: '-1', action: 'allow', ipv6CidrBlock: '::/0' },
    ];
    for (const extra of extras) {
      const outcome = await withEntries((e) => [...e, extra]);
      expect(outcome.status, JSON.stringify(extra)).toBe('fail');
    }
  });

  it('non-compliance: an allow-all from inside the VPC is traffic beyond the web too', async () => {
    const outcome = await withEntries((e) => [{ ruleNumber: 50, egress: false, protocol: '-1', action: 'allow', cidrBlock: '10.0.0.0/16' }, ...e]);
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: a deny placed after an allow never runs; an allow shadowed by a deny opens nothing', async () => {
    const shadowed = await withEntries((e) => [deny(90, { protocol: '6', portRange: { from: 0, to: 65535 } }), ...e]);
    expect(shadowed.status).toBe('fail');
    expect(shadowed.message.en).toMatch(/inbound TCP 80, 443, 1024-65535 is not allowed from 0.0.0.0\/0/);
    const late = await withEntries((e) => [allow(90, 22, 22), deny(95, { protocol: '6', portRange: { from: 22, to: 22 } }), ...e]);
    expect(late.status).toBe('fail');
  });

  it('non-compliance: HTTP missing, or HTTPS only from inside the VPC', async () => {
    const noHttp = await withEntries((e) => e.filter((x) => !(x.ruleNumber === 100 && !x.egress)));
    expect(noHttp.message.en).toMatch(/inbound TCP 80 is not allowed/);
    const inside = await withEntries((e) => e.map((x) => (x.ruleNumber === 110 && !x.egress ? allow(110, 443, 443, false, '10.0.0.0/16') : x)));
    expect(inside.status).toBe('fail');
  });

  it('non-compliance: the ephemeral range left out, inbound or outbound (stateless)', async () => {
    const noIn = await withEntries((e) => e.filter((x) => !(x.ruleNumber === 120 && !x.egress)));
    expect(noIn.message.en).toMatch(/inbound TCP 1024-65535 is not allowed/);
    const noOut = await withEntries((e) => e.filter((x) => !(x.ruleNumber === 100 && x.egress)));
    expect(noOut.message.en).toMatch(/outbound TCP 1024-65535 \(replies to web clients\)/);
    const narrow = await withEntries((e) => e.map((x) => (x.ruleNumber === 120 && !x.egress ? allow(120, 32768, 65535) : x)));
    expect(narrow.message.en).toMatch(/inbound TCP 1024-32767 is not allowed/);
  });
});
