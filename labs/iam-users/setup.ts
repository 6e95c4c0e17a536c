import { unlessEngineLacks } from '../../checker/deploy/setup.ts';
import { randomInt } from 'node:crypto';
import {
  CreateLoginProfileCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteLoginProfileCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccountPasswordPolicyCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  ListMFADevicesCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
  type IAMClient,
  type PasswordPolicy,
  type UpdateAccountPasswordPolicyRequest,
} from '@aws-sdk/client-iam';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { errorCode } from '../../checker/aws/errors.ts';
import { ignoreMissing } from '../../checker/services/iam/handler-support.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { PASSWORD_MINIMUM } from './operator.ts';
import { consecutiveCodes } from './totp.ts';

/**
 * What the iam-users reference needs beyond its stack: CloudFormation has no resource for the
 * account password policy or for an enabled MFA device, and a console password would need a secret
 * in the template. Done with SDK calls after deploy, undone before destroy, except the password
 * policy: it is shared by every user of the account, so destroy leaves it (and says so).
 */

/** Virtual MFA devices the setup creates live under this path, so an earlier half-done one is recognisably ours. */
export const MFA_PATH = '/nubelab/';


const usersOf = (ctx: LabSetupContext) => ctx.resources.filter((r) => r.type === 'AWS::IAM::User' && r.physicalId).map((r) => r.physicalId);

/**
 * The lesson's minimum merged into the account's current policy: every setting stays at least as
 * strict as it was (UpdateAccountPasswordPolicy replaces the whole policy, so nothing is left out).
 * undefined when the current policy already meets the minimum.
 */
export function strengthenedPasswordPolicy(current: PasswordPolicy | undefined): UpdateAccountPasswordPolicyRequest | undefined {
  const meets = current
    && (current.MinimumPasswordLength ?? 0) >= PASSWORD_MINIMUM.minimumLength
    && current.AllowUsersToChangePassword === true;
  if (meets) return undefined;
  return {
    MinimumPasswordLength: Math.max(current?.MinimumPasswordLength ?? 0, PASSWORD_MINIMUM.minimumLength),
    AllowUsersToChangePassword: true,
    RequireSymbols: current?.RequireSymbols ?? false,
    RequireNumbers: current?.RequireNumbers ?? false,
    RequireUppercaseCharacters: current?.RequireUppercaseCharacters ?? false,
    RequireLowercaseCharacters: current?.RequireLowercaseCharacters ?? false,
    ...(current?.MaxPasswordAge ? { MaxPasswordAge: current.MaxPasswordAge } : {}),
    ...(current?.PasswordReusePrevention ? { PasswordReusePrevention: current.PasswordReusePrevention } : {}),
    ...(current?.HardExpiry !== undefined ? { HardExpiry: current.HardExpiry } : {}),
  };
}

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%^&*()-_=+[]{}'];

/** A random password with every character class, long enough for any policy this setup leaves. Never printed. */
export function randomPassword(length: number): string {
  const all = CLASSES.join('');
  const chars = CLASSES.map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  // Fisher–Yates, so the guaranteed classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

async function applyPasswordPolicy(client: IAMClient, ctx: LabSetupContext): Promise<number> {
  const current = await ignoreMissing(async () => (await client.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy);
  const update = strengthenedPasswordPolicy(current);
  if (!update) {
    ctx.emit({ kind: 'password-policy-kept', reason: 'already-met' });
    return current?.MinimumPasswordLength ?? PASSWORD_MINIMUM.minimumLength;
  }
  await client.send(new UpdateAccountPasswordPolicyCommand(update));
  ctx.emit({ kind: 'password-policy-set', minimumLength: update.MinimumPasswordLength! });
  return update.MinimumPasswordLength!;
}

async function setConsolePassword(client: IAMClient, ctx: LabSetupContext, user: string, minimumLength: number): Promise<void> {
  const password = randomPassword(Math.max(24, minimumLength));
  const exists = await ignoreMissing(() => client.send(new GetLoginProfileCommand({ UserName: user })));
  if (exists) await client.send(new UpdateLoginProfileCommand({ UserName: user, Password: password, PasswordResetRequired: true }));
  else await client.send(new CreateLoginProfileCommand({ UserName: user, Password: password, PasswordResetRequired: true }));
  ctx.emit({ kind: 'console-password-set', user });
}

async function enableVirtualMfa(client: IAMClient, ctx: LabSetupContext, user: string): Promise<void> {
  const devices = (await client.send(new ListMFADevicesCommand({ UserName: user }))).MFADevices ?? [];
  if (devices.length > 0) return;
  const create = () => client.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: user, Path: MFA_PATH }));
  let created;
  try {
    created = await create();
  } catch (error) {
    if (errorCode(error) !== 'EntityAlreadyExists') throw error;
    // Left unassigned by an earlier run that stopped half-way: it is under our path, replace it.
    const { partition, account } = arnParts((await client.send(new GetUserCommand({ UserName: user }))).User?.Arn ?? '');
    await client.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: `arn:${partition}:iam::${account}:mfa${MFA_PATH}${user}` }));
    created = await create();
  }
  const device = created.VirtualMFADevice;
  const serialNumber = device?.SerialNumber ?? '';
  const seed = Buffer.from(device?.Base32StringSeed ?? new Uint8Array()).toString('ascii');
  if (!serialNumber || !seed) throw new Error(`CreateVirtualMFADevice returned no serial number or seed for ${user}`);
  const [AuthenticationCode1, AuthenticationCode2] = consecutiveCodes(seed, Date.now());
  await client.send(new EnableMFADeviceCommand({ UserName: user, SerialNumber: serialNumber, AuthenticationCode1, AuthenticationCode2 }));
  ctx.emit({ kind: 'mfa-enabled', user, serialNumber });
}

function arnParts(arn: string) {
  const [, partition = 'aws', , , account = ''] = arn.split(':');
  return { partition, account };
}

async function removeUserSetup(client: IAMClient, ctx: LabSetupContext, user: string): Promise<void> {
  const devices = await ignoreMissing(async () => (await client.send(new ListMFADevicesCommand({ UserName: user }))).MFADevices ?? []);
  if (devices === undefined) return; // no such user: nothing to undo
  for (const device of devices) {
    const serialNumber = device.SerialNumber ?? '';
    await ignoreMissing(() => client.send(new DeactivateMFADeviceCommand({ UserName: user, SerialNumber: serialNumber })));
    if (serialNumber.includes(':mfa/')) await ignoreMissing(() => client.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber })));
    ctx.emit({ kind: 'mfa-removed', user, serialNumber });
  }
  const removed = await ignoreMissing(() => client.send(new DeleteLoginProfileCommand({ UserName: user })));
  if (removed) ctx.emit({ kind: 'console-password-removed', user });
}

export const iamUsersSetup: LabSetup = {
  async apply(ctx) {
    const client = ctx.clients.get(iamClient);
    // The policy first: the console password below must satisfy it.
    const minimumLength = await applyPasswordPolicy(client, ctx);
    for (const user of usersOf(ctx)) {
      await setConsolePassword(client, ctx, user, minimumLength);
      await unlessEngineLacks(ctx, 'iam-users', 'iam.virtual-mfa-seed', { es: `activar la MFA virtual de ${user}`, en: `enable ${user}'s virtual MFA` }, () => enableVirtualMfa(client, ctx, user));
    }
  },
  async remove(ctx) {
    const client = ctx.clients.get(iamClient);
    for (const user of usersOf(ctx)) await removeUserSetup(client, ctx, user);
    ctx.emit({ kind: 'password-policy-kept', reason: 'account-wide' });
  },
};
