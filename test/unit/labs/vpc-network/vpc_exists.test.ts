import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_exists.ts';
import { runOn, VPC } from './helpers.ts';

describe('vpc_exists', () => {
  it('compliance: a VPC tagged Name=nubelab-vpc', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe(VPC);
  });

  it('compliance: a learner suffix (nubelab-vpc-ana), as the reference names it', async () => {
    expect((await runOn(check, (n) => (n.vpcs[1]!.tags = { Name: 'nubelab-vpc-ana' }))).status).toBe('pass');
  });

  it('compliance: the exact name is graded before a suffixed one', async () => {
    const outcome = await runOn(check, (n) => n.vpcs.unshift({ ...n.vpcs[1]!, id: 'vpc-0000', tags: { Name: 'nubelab-vpc-old' } }));
    expect(outcome.evidence.resource).toBe(VPC);
    expect(outcome.evidence.otherMatchingVpcs).toEqual(['nubelab-vpc-old (vpc-0000)']);
  });

  it('non-compliance: no Name tag, or another name, lists what it saw', async () => {
    for (const tags of [{}, { Name: 'my-vpc' }, { Name: 'nubelab-vpcx' }] as Record<string, string>[]) {
      const outcome = await runOn(check, (n) => (n.vpcs[1]!.tags = tags));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence.vpcsSeen).toHaveLength(2);
    }
  });

  it('non-compliance: only the default VPC', async () => {
    const outcome = await runOn(check, (n) => n.vpcs.splice(1));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toMatch(/Name=nubelab-vpc/);
  });
});
