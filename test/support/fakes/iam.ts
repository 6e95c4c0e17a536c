import type { PolicyDocument } from '../../../checker/aws/policy.ts';
import type {
  AccessKeyInfo,
  AttachedPolicy,
  IamReader,
  LoginProfileInfo,
  MfaDeviceInfo,
  PasswordPolicyInfo,
} from '../../../checker/services/iam/types.ts';

/** IAM principals described as plain data, for unit tests of IAM checks. */
export interface RoleFixture {
  name: string;
  createdAt?: string;
  trustPolicy: PolicyDocument;
  policies?: AttachedPolicy[];
  instanceProfiles?: string[];
  tags?: Record<string, string>;
}

export interface GroupFixture {
  name: string;
  createdAt?: string;
  policies?: AttachedPolicy[];
}

export interface UserFixture {
  name: string;
  createdAt?: string;
  /** ISO 8601: the user has signed in to the console with the password. */
  passwordLastUsed?: string;
  groups?: string[];
  policies?: AttachedPolicy[];
  loginProfile?: LoginProfileInfo;
  mfaDevices?: MfaDeviceInfo[];
  accessKeys?: AccessKeyInfo[];
  tags?: Record<string, string>;
}

export interface IamFixture {
  accountId?: string;
  roles?: RoleFixture[];
  groups?: GroupFixture[];
  users?: UserFixture[];
  passwordPolicy?: PasswordPolicyInfo;
}

const noSuchEntity = (what: string) => Object.assign(new Error(`NoSuchEntity ${what}`), { name: 'NoSuchEntity' });

/** An IAM reader that answers from plain data, with IAM's "NoSuchEntity" for names not in it. */
export function fakeIam(f: IamFixture): IamReader {
  const account = f.accountId ?? '123456789012';
  const arn = (kind: string, name: string) => `arn:aws:iam::${account}:${kind}/${name}`;
  const role = (name: string) => f.roles?.find((r) => r.name === name) ?? (() => { throw noSuchEntity(`role ${name}`); })();
  const user = (name: string) => f.users?.find((u) => u.name === name) ?? (() => { throw noSuchEntity(`user ${name}`); })();
  const group = (name: string) => f.groups?.find((g) => g.name === name) ?? (() => { throw noSuchEntity(`group ${name}`); })();
  const userInfo = (u: UserFixture) => ({ name: u.name, arn: arn('user', u.name), createdAt: u.createdAt, passwordLastUsed: u.passwordLastUsed });
  const roleInfo = (r: RoleFixture) => ({ name: r.name, arn: arn('role', r.name), createdAt: r.createdAt, trustPolicy: r.trustPolicy });
  return {
    listRoles: async () => (f.roles ?? []).map(roleInfo),
    roleTags: async (name) => role(name).tags ?? {},
    userTags: async (name) => user(name).tags ?? {},
    rolePolicies: async (name) => role(name).policies ?? [],
    instanceProfilesForRole: async (name) => (role(name).instanceProfiles ?? []).map((p) => ({ name: p, arn: arn('instance-profile', p) })),
    listUsers: async () => (f.users ?? []).map(userInfo),
    listGroups: async () => (f.groups ?? []).map((g) => ({ name: g.name, arn: arn('group', g.name), createdAt: g.createdAt })),
    groupMembers: async (name) =>
      f.groups?.some((g) => g.name === name) ? (f.users ?? []).filter((u) => u.groups?.includes(name)).map(userInfo) : undefined,
    userPolicies: async (name) => user(name).policies ?? [],
    groupsForUser: async (name) => (user(name).groups ?? []).map((g) => ({ name: g, arn: arn('group', g) })),
    groupPolicies: async (name) => group(name).policies ?? [],
    loginProfile: async (name) => user(name).loginProfile,
    mfaDevices: async (name) => user(name).mfaDevices ?? [],
    accessKeys: async (name) => user(name).accessKeys ?? [],
    passwordPolicy: async () => f.passwordPolicy,
  };
}
