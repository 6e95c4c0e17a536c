import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_public_subnets_two_azs.ts';
import { IGW, MAIN_RTB, PUBLIC_RTB, runOn, SUBNETS, table } from './helpers.ts';

describe('vpc_public_subnets_two_azs', () => {
  it('compliance: two subnets in two zones share a table with 0.0.0.0/0 to the gateway', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.publicZones).toEqual(['us-east-1a', 'us-east-1b']);
  });

  it('compliance: one public table per subnet, as the CDK builds it', async () => {
    const outcome = await runOn(check, (n) => {
      table(n, PUBLIC_RTB).subnetIds = [SUBNETS.publicA];
      n.routeTables.push({ ...table(n, PUBLIC_RTB), id: 'rtb-0public2', subnetIds: [SUBNETS.publicB] });
    });
    expect(outcome.status).toBe('pass');
  });

  it('compliance: public through the main table (subnets with no explicit association)', async () => {
    const outcome = await runOn(check, (n) => {
      table(n, PUBLIC_RTB).subnetIds = [];
      table(n, MAIN_RTB).routes.push({ destination: '0.0.0.0/0', target: IGW, state: 'active' });
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: the default route is missing, so nothing is public', async () => {
    const outcome = await runOn(check, (n) => (table(n, PUBLIC_RTB).routes = table(n, PUBLIC_RTB).routes.slice(0, 1)));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/in no zone/);
  });

  it('non-compliance: both public subnets in one zone', async () => {
    const outcome = await runOn(check, (n) => (n.subnets.find((s) => s.id === SUBNETS.publicB)!.availabilityZone = 'us-east-1a'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/only in us-east-1a/);
  });

  it('non-compliance: the route points at a gateway not attached to this VPC, or is a blackhole', async () => {
    const other = await runOn(check, (n) => (table(n, PUBLIC_RTB).routes[1]!.target = 'igw-0other'));
    expect(other.status).toBe('fail');
    const blackhole = await runOn(check, (n) => (table(n, PUBLIC_RTB).routes[1]!.state = 'blackhole'));
    expect(blackhole.status).toBe('fail');
  });
});
