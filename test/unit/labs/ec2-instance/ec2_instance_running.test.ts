import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_running.ts';
import { instance, INSTANCE, referenceInstance, runOn } from './helpers.ts';

describe('ec2_instance_running', () => {
  it('compliance: a running instance tagged Name=data-engineer', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe(INSTANCE);
  });

  it('compliance: a learner suffix (data-engineer-ana), as the reference names it', async () => {
    expect((await runOn(check, (a) => (instance(a).tags = { Name: 'data-engineer-ana' }))).status).toBe('pass');
  });

  it('compliance: a running instance is graded before a stopped one with the exact name', async () => {
    const outcome = await runOn(check, (a) => {
      instance(a).tags = { Name: 'data-engineer-ana' };
      a.network.instances!.push({ ...referenceInstance(), id: 'i-0old', state: 'stopped' });
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.otherMatchingInstances).toEqual(['data-engineer (i-0old, stopped)']);
  });

  it('non-compliance: the instance is stopped (or still pending)', async () => {
    for (const state of ['stopped', 'pending']) {
      const outcome = await runOn(check, (a) => (instance(a).state = state));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain(`is ${state}, not running`);
    }
  });

  it('non-compliance: no instance with that name lists what it saw', async () => {
    for (const tags of [{}, { Name: 'data-engineerx' }, { Name: 'web' }] as Record<string, string>[]) {
      const outcome = await runOn(check, (a) => (instance(a).tags = tags));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence.instancesSeen).toHaveLength(1);
    }
  });
});
