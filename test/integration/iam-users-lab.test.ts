import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetAccountPasswordPolicyCommand,
  GetGroupCommand,
  GetLoginProfileCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { deployLab, destroyLab, isDeployError, type DeployEvent } from '../../checker/deploy/index.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { runChecks } from '../../checker/run.ts';
import lab from '../../labs/iam-users/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { describeLabContract, statusesOf } from '../support/lab-contract.ts';
import { iamUsersMutants } from '../support/mutants/iam-users.ts';

const emulator = useEmulator();
const USER = 'student';
const GROUP = 'ec2-operators-student';

describeLabContract('iam-users', emulator, { mutants: iamUsersMutants });

describe('iam-users: deploy setup and destroy on the emulator', () => {
  it('sets the password policy, a console password (never printed) and MFA; destroy undoes them and keeps the policy', async () => {
    await emulator.reset();
    const events: DeployEvent[] = [];
    const deployed = await deployLab('iam-users', { target: emulator.target(), learner: USER, onProgress: (e) => events.push(e) });
    expect(deployed.outputs).toEqual({ GroupName: GROUP, UserName: USER });
    expect(events).toContainEqual({ kind: 'password-policy-set', minimumLength: 14 });
    expect(events).toContainEqual({ kind: 'console-password-set', user: USER });
    expect(events).toContainEqual({ kind: 'mfa-enabled', user: USER, serialNumber: `arn:aws:iam::${deployed.account}:mfa/nubelab/${USER}` });
    // Nothing that looks like a password leaves the deploy.
    expect(JSON.stringify({ events, deployed })).not.toMatch(/"(Password|password)"\s*:/);

    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(iamClient);
      expect((await client.send(new GetLoginProfileCommand({ UserName: USER }))).LoginProfile?.PasswordResetRequired).toBe(true);

      // A second deploy keeps one device and a password that must still be changed.
      const again: DeployEvent[] = [];
      await deployLab('iam-users', { target: emulator.target(), learner: USER, onProgress: (e) => again.push(e) });
      expect(again).toContainEqual({ kind: 'password-policy-kept', reason: 'already-met' });
      expect(again.some((e) => e.kind === 'mfa-enabled')).toBe(false);
      expect((await client.send(new ListMFADevicesCommand({ UserName: USER }))).MFADevices).toHaveLength(1);
      expect(Object.values(await statusesOf(lab, emulator)).every((s) => s === 'pass')).toBe(true);

      const destroyed: DeployEvent[] = [];
      await destroyLab('iam-users', { target: emulator.target(), learner: USER, onProgress: (e) => destroyed.push(e) });
      expect(destroyed).toContainEqual({ kind: 'mfa-removed', user: USER, serialNumber: `arn:aws:iam::${deployed.account}:mfa/nubelab/${USER}` });
      expect(destroyed).toContainEqual({ kind: 'console-password-removed', user: USER });
      expect(destroyed).toContainEqual({ kind: 'password-policy-kept', reason: 'account-wide' });
      expect((await client.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([]);
      expect((await client.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy?.MinimumPasswordLength).toBe(14);
    } finally {
      clients.close();
    }
  });

  it('keeps a stricter password policy stricter', async () => {
    await emulator.reset();
    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(iamClient);
      await client.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 20, RequireSymbols: true, PasswordReusePrevention: 12 }));
      await deployLab('iam-users', { target: emulator.target(), learner: USER });
      const policy = (await client.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy;
      expect(policy).toMatchObject({ MinimumPasswordLength: 20, RequireSymbols: true, PasswordReusePrevention: 12, AllowUsersToChangePassword: true });
    } finally {
      clients.close();
    }
  });

  it('refuses to deploy over, or destroy, a group it did not create; the user it holds is left alone', async () => {
    await emulator.reset();
    const clients = deployClients(emulator.target());
    try {
      const client = clients.get(iamClient);
      await client.send(new CreateGroupCommand({ GroupName: GROUP }));
      const deploy = await deployLab('iam-users', { target: emulator.target(), learner: USER }).catch((e: unknown) => e);
      expect(isDeployError(deploy, 'resource-exists')).toBe(true);

      // Deployed elsewhere, then someone else's user joins our group: destroy touches nothing.
      await emulator.reset();
      await deployLab('iam-users', { target: emulator.target(), learner: USER });
      await client.send(new CreateUserCommand({ UserName: 'zoe' }));
      await client.send(new AddUserToGroupCommand({ GroupName: GROUP, UserName: 'zoe' }));
      const destroy = await destroyLab('iam-users', { target: emulator.target(), learner: USER }).catch((e: unknown) => e);
      expect(isDeployError(destroy, 'resource-not-owned')).toBe(true);
      expect((await client.send(new GetGroupCommand({ GroupName: GROUP }))).Users?.map((u) => u.UserName).sort()).toEqual([USER, 'zoe']);
      expect((await client.send(new GetLoginProfileCommand({ UserName: USER }))).LoginProfile).toBeDefined();
    } finally {
      clients.close();
    }
  });

  it('names what it saw when the lesson\'s group is missing', async () => {
    await emulator.reset();
    const clients = deployClients(emulator.target());
    try {
      await clients.get(iamClient).send(new CreateGroupCommand({ GroupName: 'ec2_operators' }));
    } finally {
      clients.close();
    }
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'iam_group_exists')!;
    expect(finding.status).toBe('fail');
    expect(finding.evidence.groupsSeen).toEqual(['ec2_operators']);
  });
});
