import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  DeactivateMFADeviceCommand,
  DeleteGroupCommand,
  DeleteVirtualMFADeviceCommand,
  DetachGroupPolicyCommand,
  ListMFADevicesCommand,
  RemoveUserFromGroupCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import { iamClient } from '../../../checker/services/iam/reader.ts';
import type { Mutant, MutantContext } from '../lab-contract.ts';

/**
 * One mutant per check of the iam-users lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they name the user, group and policy from the account and learner they are
 * given, as infra/lib/iam-users-stack.ts does (the user is named after the learner).
 */
const iam = ({ clients }: MutantContext) => clients.get(iamClient);
const user = ({ learner }: MutantContext) => learner;
const group = ({ learner }: MutantContext) => `ec2-operators-${learner}`;
const policyArn = ({ account, learner }: MutantContext) => `arn:aws:iam::${account}:policy/ec2-operator-${learner}`;

export const iamUsersMutants: Record<string, Mutant> = {
  iam_group_exists: {
    name: 'the group is deleted',
    apply: async (ctx) => {
      await iam(ctx).send(new RemoveUserFromGroupCommand({ GroupName: group(ctx), UserName: user(ctx) }));
      await iam(ctx).send(new DetachGroupPolicyCommand({ GroupName: group(ctx), PolicyArn: policyArn(ctx) }));
      await iam(ctx).send(new DeleteGroupCommand({ GroupName: group(ctx) }));
    },
  },
  iam_group_ec2_access: {
    name: "the group's EC2 policy is detached",
    apply: (ctx) => iam(ctx).send(new DetachGroupPolicyCommand({ GroupName: group(ctx), PolicyArn: policyArn(ctx) })),
  },
  iam_user_in_group: {
    name: 'the user leaves the group',
    apply: (ctx) => iam(ctx).send(new RemoveUserFromGroupCommand({ GroupName: group(ctx), UserName: user(ctx) })),
  },
  iam_user_permissions_from_group: {
    name: "the guide's AmazonEC2FullAccess attached to the user",
    apply: (ctx) => iam(ctx).send(new AttachUserPolicyCommand({ UserName: user(ctx), PolicyArn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess' })),
  },
  iam_user_console_password: {
    name: 'the password no longer has to be changed at first sign-in',
    apply: (ctx) => iam(ctx).send(new UpdateLoginProfileCommand({ UserName: user(ctx), PasswordResetRequired: false })),
  },
  iam_user_mfa_enabled: {
    name: 'the MFA device is deactivated and deleted',
    apply: async (ctx) => {
      const devices = (await iam(ctx).send(new ListMFADevicesCommand({ UserName: user(ctx) }))).MFADevices ?? [];
      for (const d of devices) {
        await iam(ctx).send(new DeactivateMFADeviceCommand({ UserName: user(ctx), SerialNumber: d.SerialNumber }));
        await iam(ctx).send(new DeleteVirtualMFADeviceCommand({ SerialNumber: d.SerialNumber }));
      }
    },
  },
  iam_user_access_keys_rotated: {
    name: 'two active access keys (a rotation left half-done)',
    apply: async (ctx) => {
      await iam(ctx).send(new CreateAccessKeyCommand({ UserName: user(ctx) }));
      await iam(ctx).send(new CreateAccessKeyCommand({ UserName: user(ctx) }));
    },
  },
  iam_account_password_policy: {
    name: 'the password policy weakened to 8 characters',
    apply: (ctx) => iam(ctx).send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, AllowUsersToChangePassword: true })),
  },
};
