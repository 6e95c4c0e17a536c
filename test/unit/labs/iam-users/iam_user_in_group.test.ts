import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_user_in_group.ts';
import { ana, runOnAccount } from './helpers.ts';

describe('iam_user_in_group', () => {
  it('compliance: ana is in ec2-operators', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: 'arn:aws:iam::123456789012:user/ana', members: ['ana'] });
  });

  it('compliance: ana is preferred over a newer member; without ana the newest member is graded', async () => {
    const withBoth = await runOnAccount(check, (a) => a.users.push({ name: 'zoe', createdAt: '2026-11-30T00:00:00Z', groups: ['ec2-operators'] }));
    expect(withBoth.evidence.resource).toBe('arn:aws:iam::123456789012:user/ana');
    const withoutAna = await runOnAccount(check, (a) => {
      ana(a).groups = [];
      a.users.push({ name: 'luis', createdAt: '2026-11-03T00:00:00Z', groups: ['ec2-operators'] }, { name: 'zoe', createdAt: '2026-11-30T00:00:00Z', groups: ['ec2-operators'] });
    });
    expect(withoutAna.status).toBe('pass');
    expect(withoutAna.evidence.resource).toBe('arn:aws:iam::123456789012:user/zoe');
  });

  it('non-compliance: ana exists but is not in the group, and the message says so', async () => {
    const outcome = await runOnAccount(check, (a) => (ana(a).groups = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Group ec2-operators has no members; ana exists but is not in it.');
    expect(outcome.evidence.usersSeen).toEqual(['ana']);
  });

  it('non-compliance: no users at all', async () => {
    const outcome = await runOnAccount(check, (a) => (a.users.length = 0));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('Group ec2-operators has no members.');
  });
});
