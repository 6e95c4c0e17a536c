import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_private_subnets_two_azs.ts';
import { IGW, MAIN_RTB, PRIVATE_RTB, runOn, SUBNETS, table } from './helpers.ts';

describe('vpc_private_subnets_two_azs', () => {
  it('compliance: a private subnet in each zone that has a public one', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.privateZones).toEqual(['us-east-1a', 'us-east-1b']);
  });

  it('compliance: private subnets that use the main table (no explicit association)', async () => {
    expect((await runOn(check, (n) => (table(n, PRIVATE_RTB).subnetIds = []))).status).toBe('pass');
  });

  it('compliance: a NAT gateway route and an egress-only IPv6 route are fine', async () => {
    const outcome = await runOn(check, (n) => table(n, PRIVATE_RTB).routes.push(
      { destination: '0.0.0.0/0', target: 'nat-0aaa', state: 'active' },
      { destination: '::/0', target: 'eigw-0aaa', state: 'active' },
    ));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the private table sends 0.0.0.0/0 to the internet gateway', async () => {
    const outcome = await runOn(check, (n) => table(n, PRIVATE_RTB).routes.push({ destination: '0.0.0.0/0', target: IGW, state: 'active' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/no subnet without a route to the internet gateway/);
  });

  it('non-compliance: an IPv6 or a narrower route to the gateway is still a way in', async () => {
    for (const destination of ['::/0', '203.0.113.0/24']) {
      const outcome = await runOn(check, (n) => table(n, PRIVATE_RTB).routes.push({ destination, target: IGW, state: 'active' }));
      expect(outcome.status, destination).toBe('fail');
      expect(outcome.message.en).toContain(`${destination} → ${IGW}`);
    }
  });

  it('non-compliance: unassociated subnets fall back to a main table that routes to the gateway', async () => {
    const outcome = await runOn(check, (n) => {
      table(n, PRIVATE_RTB).subnetIds = [];
      table(n, MAIN_RTB).routes.push({ destination: '0.0.0.0/0', target: IGW, state: 'active' });
    });
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: both private subnets in one zone', async () => {
    const outcome = await runOn(check, (n) => (n.subnets.find((s) => s.id === SUBNETS.privateB)!.availabilityZone = 'us-east-1a'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/only in us-east-1a \(the public ones are in us-east-1a and us-east-1b\)/);
  });

  it('non-compliance: private subnets in two zones, but not the zones of the public ones', async () => {
    const outcome = await runOn(check, (n) => {
      n.subnets.find((s) => s.id === SUBNETS.privateA)!.availabilityZone = 'us-east-1c';
      n.subnets.find((s) => s.id === SUBNETS.privateB)!.availabilityZone = 'us-east-1d';
    });
    expect(outcome.status).toBe('fail');
  });
});
