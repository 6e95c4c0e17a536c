import { describe, expect, it } from 'vitest';
import check from '../../../../labs/ec2-instance/checks/ec2_instance_imdsv2_required.ts';
import { instance, runOn } from './helpers.ts';

describe('ec2_instance_imdsv2_required', () => {
  it('compliance: HttpTokens=required', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('non-compliance: IMDSv1 still answers (optional), or the option is unknown', async () => {
    for (const tokens of ['optional', undefined]) {
      const outcome = await runOn(check, (a) => (instance(a).httpTokens = tokens));
      expect(outcome.status).toBe('fail');
      expect(outcome.message.en).toContain('accepts IMDSv1');
    }
  });
});
