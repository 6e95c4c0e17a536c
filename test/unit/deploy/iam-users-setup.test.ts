import { describe, expect, it } from 'vitest';
import type { DeployClients } from '../../../checker/deploy/clients.ts';
import { DeployError } from '../../../checker/deploy/errors.ts';
import { runLabSetup } from '../../../checker/deploy/setup.ts';
import lab from '../../../labs/iam-users/lab.ts';
import { iamUsersSetup, randomPassword, strengthenedPasswordPolicy } from '../../../labs/iam-users/setup.ts';
import { base32Decode, consecutiveCodes, hotp, totp } from '../../../labs/iam-users/totp.ts';
import { recorder } from './fake-handlers.ts';

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at the listed times (8 digits).
const RFC_SEED = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238) from a Base32 seed', () => {
  it('decodes Base32 as RFC 4648 writes it, padding and case ignored', () => {
    expect(base32Decode(RFC_SEED).toString('ascii')).toBe('12345678901234567890');
    expect(base32Decode('mzxw6===').toString('ascii')).toBe('foo');
    expect(() => base32Decode('AB1C')).toThrow(/not a Base32 character/);
  });

  it("matches the RFC's test vectors", () => {
    const at = (seconds: number) => totp(RFC_SEED, seconds * 1000, 8);
    expect([at(59), at(1111111109), at(1111111111), at(1234567890), at(2000000000), at(20000000000)]).toEqual([
      '94287082', '07081804', '14050471', '89005924', '69279037', '65353130',
    ]);
    expect(totp(RFC_SEED, 59_000)).toBe('287082');
    expect(hotp(Buffer.from('12345678901234567890'), 0)).toBe('755224'); // RFC 4226, appendix D
  });

  it('gives the previous and the current 30-second code', () => {
    expect(consecutiveCodes(RFC_SEED, 1111111111_000)).toEqual([totp(RFC_SEED, 1111111081_000), totp(RFC_SEED, 1111111111_000)]);
  });
});

describe('the account password policy the setup leaves', () => {
  it("sets the lesson's minimum when there is no policy", () => {
    expect(strengthenedPasswordPolicy(undefined)).toMatchObject({ MinimumPasswordLength: 14, AllowUsersToChangePassword: true });
  });

  it('changes nothing when the policy already meets it', () => {
    expect(strengthenedPasswordPolicy({ MinimumPasswordLength: 16, AllowUsersToChangePassword: true })).toBeUndefined();
  });

  it('never weakens a setting: everything stricter is carried over', () => {
    expect(strengthenedPasswordPolicy({
      MinimumPasswordLength: 20, AllowUsersToChangePassword: false, RequireSymbols: true, RequireNumbers: true,
      RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, MaxPasswordAge: 90, PasswordReusePrevention: 24, HardExpiry: true,
    })).toEqual({
      MinimumPasswordLength: 20, AllowUsersToChangePassword: true, RequireSymbols: true, RequireNumbers: true,
      RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, MaxPasswordAge: 90, PasswordReusePrevention: 24, HardExpiry: true,
    });
  });
});

describe('randomPassword', () => {
  it('has the length asked for and every character class, and is different each time', () => {
    const passwords = Array.from({ length: 20 }, () => randomPassword(24));
    for (const p of passwords) {
      expect(p).toHaveLength(24);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[0-9]/);
      expect(p).toMatch(/[^A-Za-z0-9]/);
    }
    expect(new Set(passwords).size).toBe(20);
  });
});

/** A stand-in for IAM that keeps state and validates MFA codes against the seed, as AWS does. */
function fakeIam(options: { policy?: Record<string, unknown>; loginProfile?: boolean; mfa?: string[]; failOn?: string } = {}) {
  const sent: { command: string; input: Record<string, any> }[] = [];
  const seed = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const state = { policy: options.policy, loginProfile: options.loginProfile ?? false, mfa: [...(options.mfa ?? [])], virtual: new Set<string>() };
  const missing = () => Object.assign(new Error('not found'), { name: 'NoSuchEntity' });
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, any> }) {
      const name = command.constructor.name.replace(/Command$/, '');
      const input = command.input;
      sent.push({ command: name, input });
      if (name === options.failOn) throw Object.assign(new Error('denied'), { name: 'AccessDenied' });
      switch (name) {
        case 'GetAccountPasswordPolicy':
          if (!state.policy) throw missing();
          return { PasswordPolicy: state.policy };
        case 'UpdateAccountPasswordPolicy':
          state.policy = input;
          return {};
        case 'GetLoginProfile':
          if (!state.loginProfile) throw missing();
          return { LoginProfile: {} };
        case 'CreateLoginProfile':
        case 'UpdateLoginProfile':
          state.loginProfile = true;
          return {};
        case 'DeleteLoginProfile':
          if (!state.loginProfile) throw missing();
          state.loginProfile = false;
          return {};
        case 'ListMFADevices':
          return { MFADevices: state.mfa.map((SerialNumber) => ({ SerialNumber })) };
        case 'CreateVirtualMFADevice': {
          const serial = `arn:aws:iam::123456789012:mfa${input.Path}${input.VirtualMFADeviceName}`;
          state.virtual.add(serial);
          return { VirtualMFADevice: { SerialNumber: serial, Base32StringSeed: new TextEncoder().encode(seed) } };
        }
        case 'EnableMFADevice': {
          const now = Date.now();
          const valid = [-2, -1, 0, 1].map((step) => totp(seed, now + step * 30_000));
          const i = valid.indexOf(input.AuthenticationCode1);
          if (i < 0 || valid[i + 1] !== input.AuthenticationCode2) throw Object.assign(new Error('bad codes'), { name: 'InvalidAuthenticationCode' });
          state.mfa.push(input.SerialNumber);
          return {};
        }
        case 'DeactivateMFADevice':
          state.mfa = state.mfa.filter((s) => s !== input.SerialNumber);
          return {};
        case 'DeleteVirtualMFADevice':
          state.virtual.delete(input.SerialNumber);
          return {};
        default:
          throw new Error(`unexpected ${name}`);
      }
    },
  };
  const clients = { get: () => client, close() {} } as unknown as DeployClients;
  return { sent, state, clients };
}

const RESOURCES = [
  { logicalId: 'Ec2Operators', type: 'AWS::IAM::Group', physicalId: 'ec2-operators-ana' },
  { logicalId: 'Operator', type: 'AWS::IAM::User', physicalId: 'ana' },
];

describe('iamUsersSetup', () => {
  it('sets the policy first, then a random password to change at first sign-in, then MFA with two valid consecutive codes', async () => {
    const iam = fakeIam();
    const { events, emit } = recorder();
    await iamUsersSetup.apply({ clients: iam.clients, resources: RESOURCES, emit, engineLacks: () => undefined });
    expect(iam.sent.map((s) => s.command)).toEqual([
      'GetAccountPasswordPolicy', 'UpdateAccountPasswordPolicy', 'GetLoginProfile', 'CreateLoginProfile', 'ListMFADevices', 'CreateVirtualMFADevice', 'EnableMFADevice',
    ]);
    const login = iam.sent.find((s) => s.command === 'CreateLoginProfile')!.input;
    expect(login).toMatchObject({ UserName: 'ana', PasswordResetRequired: true });
    expect(login.Password).toHaveLength(24);
    expect(events).toEqual([
      { kind: 'password-policy-set', minimumLength: 14 },
      { kind: 'console-password-set', user: 'ana' },
      { kind: 'mfa-enabled', user: 'ana', serialNumber: 'arn:aws:iam::123456789012:mfa/nubelab/ana' },
    ]);
    expect(JSON.stringify(events)).not.toContain(login.Password);
  });

  it('on a second run keeps a policy that meets the minimum and an MFA device already there; the password is renewed, still to be changed', async () => {
    const iam = fakeIam({ policy: { MinimumPasswordLength: 14, AllowUsersToChangePassword: true }, loginProfile: true, mfa: ['arn:aws:iam::123456789012:mfa/nubelab/ana'] });
    const { events, emit } = recorder();
    await iamUsersSetup.apply({ clients: iam.clients, resources: RESOURCES, emit, engineLacks: () => undefined });
    expect(iam.sent.map((s) => s.command)).toEqual(['GetAccountPasswordPolicy', 'GetLoginProfile', 'UpdateLoginProfile', 'ListMFADevices']);
    expect(iam.sent.find((s) => s.command === 'UpdateLoginProfile')!.input).toMatchObject({ PasswordResetRequired: true });
    expect(events).toEqual([{ kind: 'password-policy-kept', reason: 'already-met' }, { kind: 'console-password-set', user: 'ana' }]);
  });

  it('remove deactivates and deletes the MFA device, deletes the password and leaves the account policy, saying so', async () => {
    const iam = fakeIam({ policy: { MinimumPasswordLength: 14 }, loginProfile: true, mfa: ['arn:aws:iam::123456789012:mfa/nubelab/ana'] });
    const { events, emit } = recorder();
    await iamUsersSetup.remove({ clients: iam.clients, resources: RESOURCES, emit, engineLacks: () => undefined });
    expect(iam.sent.map((s) => s.command)).toEqual(['ListMFADevices', 'DeactivateMFADevice', 'DeleteVirtualMFADevice', 'DeleteLoginProfile']);
    expect(iam.state).toMatchObject({ loginProfile: false, mfa: [], policy: { MinimumPasswordLength: 14 } });
    expect(events).toEqual([
      { kind: 'mfa-removed', user: 'ana', serialNumber: 'arn:aws:iam::123456789012:mfa/nubelab/ana' },
      { kind: 'console-password-removed', user: 'ana' },
      { kind: 'password-policy-kept', reason: 'account-wide' },
    ]);
  });

  it('a failure becomes a setup-failed DeployError naming the lab, the phase and the AWS code', async () => {
    const iam = fakeIam({ failOn: 'UpdateAccountPasswordPolicy' });
    const error = await runLabSetup(lab, 'apply', { clients: iam.clients, resources: RESOURCES, emit: () => {}, engineLacks: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as DeployError).code).toBe('setup-failed');
    expect((error as DeployError).details).toEqual({ labId: 'iam-users', phase: 'apply', awsCode: 'AccessDenied' });
  });
});
