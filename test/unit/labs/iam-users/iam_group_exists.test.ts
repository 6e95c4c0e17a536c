import { describe, expect, it } from 'vitest';
import check from '../../../../labs/iam-users/checks/iam_group_exists.ts';
import { accountContext, runOnAccount } from './helpers.ts';

describe('iam_group_exists', () => {
  it('compliance: a group named ec2-operators', async () => {
    const outcome = await runOnAccount(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe('arn:aws:iam::123456789012:group/ec2-operators');
  });

  it('compliance: a learner suffix is accepted; the exact name wins over a newer suffixed group', async () => {
    expect((await runOnAccount(check, (a) => (a.groups[0]!.name = 'ec2-operators-ana'))).status).toBe('pass');
    const both = await runOnAccount(check, (a) => a.groups.push({ name: 'ec2-operators-zoe', createdAt: '2026-11-30T00:00:00Z' }));
    expect(both.evidence).toMatchObject({ resource: 'arn:aws:iam::123456789012:group/ec2-operators', otherMatchingGroups: ['ec2-operators-zoe'] });
  });

  it('non-compliance: only differently named groups, listed in the evidence', async () => {
    const outcome = await runOnAccount(check, (a) => (a.groups[0]!.name = 'ec2_operators'));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.groupsSeen).toEqual(['ec2_operators']);
    expect(outcome.message.en).toBe("There is no group named ec2-operators (nor ec2-operators-…). Did you mean ec2_operators? Only names that start like the lesson's are graded.");
    expect(outcome.evidence.didYouMean).toEqual(['ec2_operators']);
  });

  it('non-compliance: empty account', async () => {
    expect((await check.run(accountContext({}))).status).toBe('fail');
  });
});
