import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DeleteLoginProfileCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
  GetGroupCommand,
  GetPolicyCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { objectWith, optionalText, text, unsupportedProperty } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { hasOwnerTags, iam, ignoreMissing, inlinePolicies, names, templateTags, type Props } from './handler-support.ts';
import { generatedIamName } from './names.ts';

/**
 * Users and groups (the iam-users lab). Both are named from their properties or from stack and
 * logical id, so destroy finds them again without saved state.
 *
 * Ownership: a user carries the deployment's owner tags. A group cannot carry tags (IAM has no
 * TagGroup), so it is judged by what it holds: it is ours when every member is one of our tagged
 * users and something in it is ours (a tagged member, or an attached customer managed policy with
 * our tags). An empty group with nothing of ours attached could be anybody's: it is foreign, and
 * the engine leaves it alone. Ownership is judged before any change, so at destroy the group
 * still holds the user and the policy that make it ours.
 */

type Clients = Pick<HandlerContext, 'clients'>;
/** Every page of an IAM listing that takes a Marker. */
async function listAll<T>(page: (marker: string | undefined) => Promise<{ items?: T[]; marker?: string; truncated?: boolean }>): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    out.push(...(result.items ?? []));
    marker = result.truncated ? result.marker : undefined;
  } while (marker);
  return out;
}

// ── AWS::IAM::User ───────────────────────────────────────────────────────────────────────────

const USER = 'AWS::IAM::User';
// LoginProfile (a password in the template) and PermissionsBoundary are not applied: refused, not dropped.
const USER_PROPS = ['UserName', 'Groups', 'ManagedPolicyArns', 'Policies', 'Path', 'Tags'];

function userConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: USER };
  const p = objectWith(scope, properties, '', [...USER_PROPS, 'LoginProfile', 'PermissionsBoundary']);
  if (p.LoginProfile !== undefined) throw unsupportedProperty(scope, 'LoginProfile');
  if (p.PermissionsBoundary !== undefined) throw unsupportedProperty(scope, 'PermissionsBoundary');
  const tags = templateTags(scope, p.Tags);
  return {
    scope,
    name: optionalText(scope, p.UserName, 'UserName'),
    groups: names(scope, p.Groups, 'Groups'),
    managed: names(scope, p.ManagedPolicyArns, 'ManagedPolicyArns'),
    inline: inlinePolicies(scope, p.Policies),
    path: optionalText(scope, p.Path, 'Path') ?? '/',
    tags,
  };
}

async function userOwnership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const out = await ignoreMissing(() => iam(ctx).send(new GetUserCommand({ UserName: name })));
  if (!out?.User) return 'absent';
  return hasOwnerTags(out.User.Tags, ctx.ownerTags) ? 'ours' : 'foreign';
}

/** Detaches every managed policy and deletes every inline one. */
async function stripUserPolicies(ctx: Clients, user: string): Promise<void> {
  const client = iam(ctx);
  const attached = await listAll((Marker) =>
    client.send(new ListAttachedUserPoliciesCommand({ UserName: user, Marker })).then((o) => ({ items: o.AttachedPolicies, marker: o.Marker, truncated: o.IsTruncated })));
  for (const p of attached) await ignoreMissing(() => client.send(new DetachUserPolicyCommand({ UserName: user, PolicyArn: p.PolicyArn })));
  const inline = await listAll((Marker) =>
    client.send(new ListUserPoliciesCommand({ UserName: user, Marker })).then((o) => ({ items: o.PolicyNames, marker: o.Marker, truncated: o.IsTruncated })));
  for (const policy of inline) await ignoreMissing(() => client.send(new DeleteUserPolicyCommand({ UserName: user, PolicyName: policy })));
}

async function groupsOfUser(ctx: Clients, user: string): Promise<string[]> {
  const client = iam(ctx);
  const groups = await listAll((Marker) =>
    client.send(new ListGroupsForUserCommand({ UserName: user, Marker })).then((o) => ({ items: o.Groups, marker: o.Marker, truncated: o.IsTruncated })));
  return groups.map((g) => g.GroupName ?? '');
}

/**
 * Everything that stops IAM from deleting a user, which CloudFormation does not manage either:
 * the console password, MFA devices (a virtual one is deleted too: it is of no use without its
 * user), access keys, SSH keys, signing certificates, group memberships and policies.
 */
export async function clearUser(ctx: Clients, user: string): Promise<void> {
  const client = iam(ctx);
  if ((await ignoreMissing(() => client.send(new GetUserCommand({ UserName: user })))) === undefined) return;
  await ignoreMissing(() => client.send(new DeleteLoginProfileCommand({ UserName: user })));
  const devices = await listAll((Marker) =>
    client.send(new ListMFADevicesCommand({ UserName: user, Marker })).then((o) => ({ items: o.MFADevices, marker: o.Marker, truncated: o.IsTruncated })));
  for (const device of devices) {
    await ignoreMissing(() => client.send(new DeactivateMFADeviceCommand({ UserName: user, SerialNumber: device.SerialNumber })));
    // Hardware and passkey serials are not ARNs of virtual devices; only those can be deleted.
    if (device.SerialNumber?.includes(':mfa/')) {
      await ignoreMissing(() => client.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.SerialNumber })));
    }
  }
  const keys = await listAll((Marker) =>
    client.send(new ListAccessKeysCommand({ UserName: user, Marker })).then((o) => ({ items: o.AccessKeyMetadata, marker: o.Marker, truncated: o.IsTruncated })));
  for (const key of keys) await ignoreMissing(() => client.send(new DeleteAccessKeyCommand({ UserName: user, AccessKeyId: key.AccessKeyId })));
  const sshKeys = await listAll((Marker) =>
    client.send(new ListSSHPublicKeysCommand({ UserName: user, Marker })).then((o) => ({ items: o.SSHPublicKeys, marker: o.Marker, truncated: o.IsTruncated })));
  for (const key of sshKeys) await ignoreMissing(() => client.send(new DeleteSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: key.SSHPublicKeyId })));
  const certificates = await listAll((Marker) =>
    client.send(new ListSigningCertificatesCommand({ UserName: user, Marker })).then((o) => ({ items: o.Certificates, marker: o.Marker, truncated: o.IsTruncated })));
  for (const cert of certificates) await ignoreMissing(() => client.send(new DeleteSigningCertificateCommand({ UserName: user, CertificateId: cert.CertificateId })));
  for (const group of await groupsOfUser(ctx, user)) await ignoreMissing(() => client.send(new RemoveUserFromGroupCommand({ UserName: user, GroupName: group })));
  await stripUserPolicies(ctx, user);
}

async function configureUser(ctx: HandlerContext, name: string, config: ReturnType<typeof userConfig>, isNew: boolean) {
  const client = iam(ctx);
  if (!isNew) {
    await stripUserPolicies(ctx, name);
    for (const group of await groupsOfUser(ctx, name)) {
      if (!config.groups.includes(group)) await client.send(new RemoveUserFromGroupCommand({ UserName: name, GroupName: group }));
    }
  }
  for (const group of config.groups) await client.send(new AddUserToGroupCommand({ UserName: name, GroupName: group }));
  for (const arn of config.managed) await client.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn: arn }));
  for (const p of config.inline) await client.send(new PutUserPolicyCommand({ UserName: name, PolicyName: p.name, PolicyDocument: p.document }));
}

export const userHandler: ResourceHandler = {
  type: USER,
  plan(properties, ctx) {
    const config = userConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedIamName(ctx.pseudo, ctx.logicalId, 64);
    return { physicalId: name, attributes: { Arn: `arn:${ctx.pseudo.partition}:iam::${ctx.pseudo.accountId}:user${config.path}${name}` } };
  },
  ownership: (planned, _p, ctx) => userOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = userConfig(ctx.logicalId, properties);
    const name = planned.physicalId;
    const tags = [...config.tags];
    for (const [Key, Value] of Object.entries(ctx.ownerTags)) if (!tags.some((t) => t.Key === Key)) tags.push({ Key, Value });
    const isNew = (await userOwnership(ctx, name)) === 'absent';
    if (isNew) await iam(ctx).send(new CreateUserCommand({ UserName: name, Path: config.path, Tags: tags }));
    else await iam(ctx).send(new TagUserCommand({ UserName: name, Tags: tags }));
    try {
      await configureUser(ctx, name, config, isNew);
    } catch (error) {
      // A user this call created and could not configure is removed again.
      if (isNew) {
        await clearUser(ctx, name);
        await ignoreMissing(() => iam(ctx).send(new DeleteUserCommand({ UserName: name })));
      }
      throw error;
    }
    return isNew ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    if ((await userOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await clearUser(ctx, planned.physicalId);
    await iam(ctx).send(new DeleteUserCommand({ UserName: planned.physicalId }));
    return 'deleted';
  },
  beforeDestroy: (physicalId, ctx) => clearUser(ctx, physicalId),
};

// ── AWS::IAM::Group ──────────────────────────────────────────────────────────────────────────

const GROUP = 'AWS::IAM::Group';

function groupConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: GROUP };
  const p = objectWith(scope, properties, '', ['GroupName', 'ManagedPolicyArns', 'Policies', 'Path']);
  return {
    name: optionalText(scope, p.GroupName, 'GroupName'),
    managed: names(scope, p.ManagedPolicyArns, 'ManagedPolicyArns'),
    inline: inlinePolicies(scope, p.Policies),
    path: optionalText(scope, p.Path, 'Path') ?? '/',
  };
}

/** The group's members and attached managed policies, or undefined when there is no such group. */
async function groupContents(ctx: Clients, name: string) {
  const client = iam(ctx);
  const members = await ignoreMissing(() =>
    listAll((Marker) => client.send(new GetGroupCommand({ GroupName: name, Marker })).then((o) => ({ items: o.Users, marker: o.Marker, truncated: o.IsTruncated }))));
  if (!members) return undefined;
  const attached = await listAll((Marker) =>
    client.send(new ListAttachedGroupPoliciesCommand({ GroupName: name, Marker })).then((o) => ({ items: o.AttachedPolicies, marker: o.Marker, truncated: o.IsTruncated })));
  return { members: members.map((u) => u.UserName ?? ''), attached: attached.map((p) => p.PolicyArn ?? '') };
}

/** See the module note: every member ours, and at least one member or attached policy ours. */
async function groupOwnership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const contents = await groupContents(ctx, name);
  if (!contents) return 'absent';
  const members = await Promise.all(contents.members.map((user) => userOwnership(ctx, user)));
  if (members.some((o) => o !== 'ours')) return 'foreign';
  if (members.length > 0) return 'ours';
  const customer = contents.attached.filter((arn) => !arn.includes(':aws:policy/'));
  const policies = await Promise.all(customer.map((arn) => ignoreMissing(() => iam(ctx).send(new GetPolicyCommand({ PolicyArn: arn })))));
  return policies.some((out) => hasOwnerTags(out?.Policy?.Tags, ctx.ownerTags)) ? 'ours' : 'foreign';
}

async function stripGroupPolicies(ctx: Clients, group: string): Promise<void> {
  const client = iam(ctx);
  const attached = await listAll((Marker) =>
    client.send(new ListAttachedGroupPoliciesCommand({ GroupName: group, Marker })).then((o) => ({ items: o.AttachedPolicies, marker: o.Marker, truncated: o.IsTruncated })));
  for (const p of attached) await ignoreMissing(() => client.send(new DetachGroupPolicyCommand({ GroupName: group, PolicyArn: p.PolicyArn })));
  const inline = await listAll((Marker) =>
    client.send(new ListGroupPoliciesCommand({ GroupName: group, Marker })).then((o) => ({ items: o.PolicyNames, marker: o.Marker, truncated: o.IsTruncated })));
  for (const policy of inline) await ignoreMissing(() => client.send(new DeleteGroupPolicyCommand({ GroupName: group, PolicyName: policy })));
}

export const groupHandler: ResourceHandler = {
  type: GROUP,
  plan(properties, ctx) {
    const config = groupConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedIamName(ctx.pseudo, ctx.logicalId, 128);
    return { physicalId: name, attributes: { Arn: `arn:${ctx.pseudo.partition}:iam::${ctx.pseudo.accountId}:group${config.path}${name}` } };
  },
  ownership: (planned, _p, ctx) => groupOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = groupConfig(ctx.logicalId, properties);
    const client = iam(ctx);
    const name = planned.physicalId;
    const isNew = (await groupContents(ctx, name)) === undefined;
    if (isNew) await client.send(new CreateGroupCommand({ GroupName: name, Path: config.path }));
    else await stripGroupPolicies(ctx, name);
    try {
      for (const arn of config.managed) await client.send(new AttachGroupPolicyCommand({ GroupName: name, PolicyArn: arn }));
      for (const p of config.inline) await client.send(new PutGroupPolicyCommand({ GroupName: name, PolicyName: p.name, PolicyDocument: p.document }));
    } catch (error) {
      if (isNew) {
        await stripGroupPolicies(ctx, name);
        await ignoreMissing(() => client.send(new DeleteGroupCommand({ GroupName: name })));
      }
      throw error;
    }
    return isNew ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    const contents = await groupContents(ctx, planned.physicalId);
    if (!contents) return 'absent';
    const client = iam(ctx);
    // Members left in the group were judged ours before anything was removed; take them out.
    for (const user of contents.members) await ignoreMissing(() => client.send(new RemoveUserFromGroupCommand({ GroupName: planned.physicalId, UserName: user })));
    await stripGroupPolicies(ctx, planned.physicalId);
    await client.send(new DeleteGroupCommand({ GroupName: planned.physicalId }));
    return 'deleted';
  },
};

/** Users, groups and group membership (the iam-users lab). */
export const GROUP_HANDLERS: readonly ResourceHandler[] = [groupHandler, userHandler];
