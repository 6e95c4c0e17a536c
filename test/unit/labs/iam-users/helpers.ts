import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { AttachedPolicy } from '../../../../checker/services/iam/types.ts';
import { fakeContext, type FakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type GroupFixture, type IamFixture, type UserFixture } from '../../../support/fakes/iam.ts';

export { ADMINISTRATOR, CHANGE_PASSWORD, EC2_FULL_ACCESS, EC2_READ_ONLY } from '../../../support/fakes/iam-policies.ts';

export const ACCOUNT = '123456789012';
const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO date `days` days before now. */
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

/** The lesson's EC2 operator policy, as a customer managed policy. */
export function operatorPolicy(): AttachedPolicy {
  return {
    name: 'ec2-operator',
    kind: 'managed',
    arn: `arn:aws:iam::${ACCOUNT}:policy/ec2-operator`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'SeeEverything', Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
        {
          Sid: 'OperateTaxiInstances',
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'],
          Resource: 'arn:aws:ec2:*:*:instance/*',
          Condition: { StringEquals: { 'aws:ResourceTag/Project': 'taxi' } },
        },
      ],
    },
  };
}

/** The reference: ec2-operators with the lesson's policy, ana in it with a password to change, MFA, no keys; a 14-character policy. */
export function referenceAccount(): IamFixture & { groups: GroupFixture[]; users: UserFixture[] } {
  return {
    accountId: ACCOUNT,
    groups: [{ name: 'ec2-operators', createdAt: '2026-11-02T10:00:00.000Z', policies: [operatorPolicy()] }],
    users: [
      {
        name: 'ana',
        createdAt: '2026-11-02T10:01:00.000Z',
        groups: ['ec2-operators'],
        policies: [],
        loginProfile: { createdAt: '2026-11-02T10:01:00.000Z', passwordResetRequired: true },
        mfaDevices: [{ serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/ana`, enabledAt: '2026-11-02T10:02:00.000Z' }],
        accessKeys: [],
      },
    ],
    passwordPolicy: {
      minimumLength: 14,
      requireSymbols: false,
      requireNumbers: false,
      requireUppercase: false,
      requireLowercase: false,
      allowUsersToChangePassword: true,
      hardExpiry: false,
    },
  };
}

export function accountContext(fixture: IamFixture): FakeContext {
  return fakeContext({ iam: fakeIam(fixture) });
}

/** Runs `check` on the reference account after `change`. */
export async function runOnAccount(check: CheckDefinition, change: (account: ReturnType<typeof referenceAccount>) => void = () => {}): Promise<Outcome> {
  const account = referenceAccount();
  change(account);
  return check.run(accountContext(account));
}

/** The graded user of the reference account, to change in place. */
export const ana = (account: ReturnType<typeof referenceAccount>) => account.users.find((u) => u.name === 'ana')!;
