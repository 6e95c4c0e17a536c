import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_type_free_tier.ts';
import { instance, runOn } from './helpers.ts';

describe('ec2_instance_type_free_tier', () => {
  it('compliance: t3.micro, the lesson type, and t2.micro', async () => {
    for (const type of ['t3.micro', 't2.micro']) {
      const outcome = await runOn(check, (a) => (instance(a).instanceType = type));
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence.instanceType).toBe(type);
    }
  });

  it('non-compliance: a bigger or different type', async () => {
    for (const type of ['t3.large', 'm7i.large', 't3.nano']) {
      const outcome = await runOn(check, (a) => (instance(a).instanceType = type));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain(type);
    }
  });
});
