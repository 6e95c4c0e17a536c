import {
  GetAccountPasswordPolicyCommand,
  GetGroupPolicyCommand,
  GetLoginProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  paginateGetGroup,
  paginateListAccessKeys,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListGroupsForUser,
  paginateListInstanceProfilesForRole,
  paginateListMFADevices,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListRoleTags,
  paginateListUserTags,
  paginateListUserPolicies,
  paginateListUsers,
  type AttachedPolicy as SdkAttachedPolicy,
  type Role,
  type User,
} from '@aws-sdk/client-iam';
import { orUndefinedWhen } from '../../aws/errors.ts';
import { parsePolicyDocument } from '../../aws/policy.ts';
import { defineClient, type ReaderDeps } from '../service.ts';
import type { AttachedPolicy, IamReader, PasswordPolicyInfo, RoleInfo, UserInfo } from './types.ts';

export const iamClient = defineClient('IAM', (config) => new IAMClient(config));

const iso = (d: Date | undefined) => d?.toISOString();

function toRole(role: Role): RoleInfo {
  return {
    name: role.RoleName ?? '',
    arn: role.Arn ?? '',
    createdAt: iso(role.CreateDate),
    trustPolicy: role.AssumeRolePolicyDocument ? parsePolicyDocument(role.AssumeRolePolicyDocument) : { Statement: [] },
  };
}

function toUser(user: User): UserInfo {
  return { name: user.UserName ?? '', arn: user.Arn ?? '', createdAt: iso(user.CreateDate), passwordLastUsed: iso(user.PasswordLastUsed) };
}

/** Collects every item of a paginated IAM listing. */
async function all<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

/** IAM reads used by the checks, memoised per run. Every method is a Get/List call. */
export function createIamReader({ memo, client: clientOf }: ReaderDeps): IamReader {
  const client = () => clientOf(iamClient);
  const paging = () => ({ client: client() });

  /** A managed policy's default version, read once per run however many principals attach it. */
  const managedPolicy = (attached: SdkAttachedPolicy): Promise<AttachedPolicy> =>
    memo(`iam:GetPolicyVersion:${attached.PolicyArn}`, async () => {
      const arn = attached.PolicyArn ?? '';
      const policy = (await client().send(new GetPolicyCommand({ PolicyArn: arn }))).Policy;
      const version = await client().send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy?.DefaultVersionId }));
      return {
        name: attached.PolicyName ?? policy?.PolicyName ?? arn,
        kind: arn.includes(':aws:policy/') ? 'aws-managed' : 'managed',
        arn,
        document: parsePolicyDocument(version.PolicyVersion?.Document ?? '{"Statement":[]}'),
      };
    });

  /** Inline and attached policies of one principal, through the three calls IAM splits them into. */
  async function policiesOf(
    kind: 'role' | 'user' | 'group',
    name: string,
    listInline: () => Promise<string[]>,
    getInline: (policy: string) => Promise<string | undefined>,
    listAttached: () => Promise<SdkAttachedPolicy[]>,
  ): Promise<AttachedPolicy[]> {
    return memo(`iam:policies:${kind}:${name}`, async () => {
      const [inlineNames, attached] = await Promise.all([listInline(), listAttached()]);
      const inline = await Promise.all(
        inlineNames.map(async (policy): Promise<AttachedPolicy> => ({
          name: policy,
          kind: 'inline',
          document: parsePolicyDocument((await getInline(policy)) ?? '{"Statement":[]}'),
        })),
      );
      return [...inline, ...(await Promise.all(attached.map(managedPolicy)))];
    });
  }

  return {
    listRoles: () => memo('iam:ListRoles', () => all(paginateListRoles(paging(), {}), (p) => p.Roles?.map(toRole))),

    roleTags: (name) =>
      memo(`iam:ListRoleTags:${name}`, async () => {
        const tags = await all(paginateListRoleTags(paging(), { RoleName: name }), (p) => p.Tags);
        return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']));
      }),

    userTags: (name) =>
      memo(`iam:ListUserTags:${name}`, async () => {
        const tags = await all(paginateListUserTags(paging(), { UserName: name }), (p) => p.Tags);
        return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']));
      }),

    rolePolicies: (name) =>
      policiesOf(
        'role',
        name,
        () => all(paginateListRolePolicies(paging(), { RoleName: name }), (p) => p.PolicyNames),
        async (policy) => (await client().send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policy }))).PolicyDocument,
        () => all(paginateListAttachedRolePolicies(paging(), { RoleName: name }), (p) => p.AttachedPolicies),
      ),

    instanceProfilesForRole: (name) =>
      memo(`iam:ListInstanceProfilesForRole:${name}`, () =>
        all(paginateListInstanceProfilesForRole(paging(), { RoleName: name }), (p) =>
          p.InstanceProfiles?.map((ip) => ({ name: ip.InstanceProfileName ?? '', arn: ip.Arn ?? '' })))),

    listUsers: () =>
      memo('iam:ListUsers', () =>
        all(paginateListUsers(paging(), {}), (p) => p.Users?.map(toUser))),

    listGroups: () =>
      memo('iam:ListGroups', () =>
        all(paginateListGroups(paging(), {}), (p) => p.Groups?.map((g) => ({ name: g.GroupName ?? '', arn: g.Arn ?? '', createdAt: iso(g.CreateDate) })))),

    groupMembers: (name) =>
      memo(`iam:GetGroup:${name}`, () =>
        orUndefinedWhen(['NoSuchEntity', 'NoSuchEntityException'], () => all(paginateGetGroup(paging(), { GroupName: name }), (p) => p.Users?.map(toUser)))),

    userPolicies: (name) =>
      policiesOf(
        'user',
        name,
        () => all(paginateListUserPolicies(paging(), { UserName: name }), (p) => p.PolicyNames),
        async (policy) => (await client().send(new GetUserPolicyCommand({ UserName: name, PolicyName: policy }))).PolicyDocument,
        () => all(paginateListAttachedUserPolicies(paging(), { UserName: name }), (p) => p.AttachedPolicies),
      ),

    groupsForUser: (name) =>
      memo(`iam:ListGroupsForUser:${name}`, () =>
        all(paginateListGroupsForUser(paging(), { UserName: name }), (p) => p.Groups?.map((g) => ({ name: g.GroupName ?? '', arn: g.Arn ?? '' })))),

    groupPolicies: (name) =>
      policiesOf(
        'group',
        name,
        () => all(paginateListGroupPolicies(paging(), { GroupName: name }), (p) => p.PolicyNames),
        async (policy) => (await client().send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: policy }))).PolicyDocument,
        () => all(paginateListAttachedGroupPolicies(paging(), { GroupName: name }), (p) => p.AttachedPolicies),
      ),

    loginProfile: (user) =>
      memo(`iam:GetLoginProfile:${user}`, () =>
        orUndefinedWhen(['NoSuchEntity', 'NoSuchEntityException'], async () => {
          const profile = (await client().send(new GetLoginProfileCommand({ UserName: user }))).LoginProfile;
          return { createdAt: iso(profile?.CreateDate), passwordResetRequired: profile?.PasswordResetRequired === true };
        })),

    mfaDevices: (user) =>
      memo(`iam:ListMFADevices:${user}`, () =>
        all(paginateListMFADevices(paging(), { UserName: user }), (p) =>
          p.MFADevices?.map((d) => ({ serialNumber: d.SerialNumber ?? '', enabledAt: iso(d.EnableDate) })))),

    accessKeys: (user) =>
      memo(`iam:ListAccessKeys:${user}`, () =>
        all(paginateListAccessKeys(paging(), { UserName: user }), (p) =>
          p.AccessKeyMetadata?.map((k) => ({ id: k.AccessKeyId ?? '', status: k.Status ?? '', createdAt: iso(k.CreateDate) })))),

    passwordPolicy: () =>
      memo('iam:GetAccountPasswordPolicy', () =>
        orUndefinedWhen(['NoSuchEntity', 'NoSuchEntityException'], async () => {
          const p = (await client().send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy;
          const policy: PasswordPolicyInfo = {
            minimumLength: p?.MinimumPasswordLength ?? 0,
            requireSymbols: p?.RequireSymbols === true,
            requireNumbers: p?.RequireNumbers === true,
            requireUppercase: p?.RequireUppercaseCharacters === true,
            requireLowercase: p?.RequireLowercaseCharacters === true,
            allowUsersToChangePassword: p?.AllowUsersToChangePassword === true,
            maxPasswordAge: p?.MaxPasswordAge,
            passwordReusePrevention: p?.PasswordReusePrevention,
            hardExpiry: p?.HardExpiry === true,
          };
          return policy;
        })),
  };
}
