import type { PolicyDocument } from '../../aws/policy.ts';

/** Plain data the IAM reader returns; checks and their fixtures depend on these, not on the SDK. */

export interface RoleInfo {
  name: string;
  arn: string;
  /** ISO 8601. */
  createdAt?: string;
  /** The trust policy: who may assume the role. */
  trustPolicy: PolicyDocument;
}

/** An identity-based policy in effect for a principal, with the document IAM evaluates. */
export interface AttachedPolicy {
  /** Inline policy name, or the managed policy's name. */
  name: string;
  kind: 'inline' | 'managed' | 'aws-managed';
  /** Managed policies only. */
  arn?: string;
  document: PolicyDocument;
}

export interface InstanceProfileInfo {
  name: string;
  arn: string;
}

export interface UserInfo {
  name: string;
  arn: string;
  createdAt?: string;
  /** ISO 8601: when the user last signed in to the console with the password; absent if never (or unknown). */
  passwordLastUsed?: string;
}

export interface GroupInfo {
  name: string;
  arn: string;
  createdAt?: string;
}

export interface LoginProfileInfo {
  createdAt?: string;
  passwordResetRequired: boolean;
}

export interface MfaDeviceInfo {
  serialNumber: string;
  enabledAt?: string;
}

export interface AccessKeyInfo {
  id: string;
  status: 'Active' | 'Inactive' | string;
  createdAt?: string;
}

export interface PasswordPolicyInfo {
  minimumLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  allowUsersToChangePassword: boolean;
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry: boolean;
}

export interface IamReader {
  listRoles(): Promise<RoleInfo[]>;
  /** A role's tags by key (ListRoles leaves them out); tells the reference solution's role by its owner tags. */
  roleTags(name: string): Promise<Readonly<Record<string, string>>>;
  /** A user's tags by key (ListUsers leaves them out). */
  userTags(name: string): Promise<Readonly<Record<string, string>>>;
  /** Inline and attached policies of a role, each with its document. */
  rolePolicies(name: string): Promise<AttachedPolicy[]>;
  instanceProfilesForRole(name: string): Promise<InstanceProfileInfo[]>;
  listUsers(): Promise<UserInfo[]>;
  listGroups(): Promise<GroupInfo[]>;
  /** The users in a group; undefined: no such group. */
  groupMembers(name: string): Promise<UserInfo[] | undefined>;
  /** Inline and attached policies of a user (not those of its groups). */
  userPolicies(name: string): Promise<AttachedPolicy[]>;
  groupsForUser(name: string): Promise<GroupInfo[]>;
  groupPolicies(name: string): Promise<AttachedPolicy[]>;
  /** undefined: the user has no console password. */
  loginProfile(user: string): Promise<LoginProfileInfo | undefined>;
  mfaDevices(user: string): Promise<MfaDeviceInfo[]>;
  accessKeys(user: string): Promise<AccessKeyInfo[]>;
  /** undefined: the account has no password policy (IAM's defaults apply). */
  passwordPolicy(): Promise<PasswordPolicyInfo | undefined>;
}
