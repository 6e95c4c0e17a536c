import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_internet_gateway_attached.ts';
import { IGW, runOn, VPC } from './helpers.ts';

describe('vpc_internet_gateway_attached', () => {
  it('compliance: a gateway attached to the VPC', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.internetGateways).toEqual([IGW]);
  });

  it('non-compliance: the gateway exists but is detached', async () => {
    expect((await runOn(check, (n) => (n.internetGateways[0]!.attachedVpcIds = []))).status).toBe('fail');
  });

  it('non-compliance: the gateway is attached to another VPC', async () => {
    const outcome = await runOn(check, (n) => (n.internetGateways[0]!.attachedVpcIds = ['vpc-0default']));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`VPC nubelab-vpc has no internet gateway attached.`);
    expect(outcome.evidence.resource).toBe(VPC);
  });
});
