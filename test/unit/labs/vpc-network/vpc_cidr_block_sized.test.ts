import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_cidr_block_sized.ts';
import { runOn } from './helpers.ts';

const withCidr = (cidr: string) => runOn(check, (n) => (n.vpcs[1]!.cidrBlock = cidr));

describe('vpc_cidr_block_sized', () => {
  it("compliance: the lesson's 10.0.0.0/16", async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('compliance: any /16 of the private ranges', async () => {
    for (const cidr of ['10.20.0.0/16', '172.16.0.0/16', '172.31.0.0/16', '192.168.0.0/16']) expect((await withCidr(cidr)).status, cidr).toBe('pass');
  });

  it('non-compliance: another size', async () => {
    for (const cidr of ['10.0.0.0/24', '10.0.0.0/20', '10.0.0.0/8']) {
      const outcome = await withCidr(cidr);
      expect(outcome.status, cidr).toBe('fail');
      expect(outcome.message.en).toMatch(/not a \/16/);
    }
  });

  it('non-compliance: a /16 outside the private ranges', async () => {
    for (const cidr of ['100.64.0.0/16', '172.32.0.0/16', '11.0.0.0/16']) {
      const outcome = await withCidr(cidr);
      expect(outcome.status, cidr).toBe('fail');
      expect(outcome.message.en).toMatch(/not a private range/);
    }
  });
});
