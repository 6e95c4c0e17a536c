import {
  AddRoleToInstanceProfileCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteInstanceProfileCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
  ListPolicyVersionsCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { objectWith, optionalText, text, unsupportedProperty } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, Ownership, ResourceHandler } from '../../deploy/handlers/types.ts';
import { hasOwnerTags, iam, ignoreMissing, inlinePolicies, names, templateTags, withOwnerTags, type Props } from './handler-support.ts';
import { documentText, generatedIamName } from './names.ts';
import { GROUP_HANDLERS } from './user-handlers.ts';

// ── AWS::IAM::Role ────────────────────────────────────────────────────────────────────────────

const ROLE = 'AWS::IAM::Role';
const ROLE_PROPS = ['RoleName', 'AssumeRolePolicyDocument', 'ManagedPolicyArns', 'Policies', 'Path', 'Description', 'MaxSessionDuration', 'Tags'];

function roleConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: ROLE };
  const p = objectWith(scope, properties, '', ROLE_PROPS);
  return {
    scope,
    name: optionalText(scope, p.RoleName, 'RoleName'),
    trust: documentText(p.AssumeRolePolicyDocument),
    managed: names(scope, p.ManagedPolicyArns, 'ManagedPolicyArns'),
    inline: inlinePolicies(scope, p.Policies),
    path: optionalText(scope, p.Path, 'Path'),
    description: optionalText(scope, p.Description, 'Description'),
    maxSessionDuration: p.MaxSessionDuration === undefined ? undefined : Number(p.MaxSessionDuration),
    tags: p.Tags,
  };
}

async function roleOwnership(ctx: HandlerContext, name: string): Promise<Ownership> {
  const role = await ignoreMissing(() => iam(ctx).send(new GetRoleCommand({ RoleName: name })));
  if (!role?.Role) return 'absent';
  return hasOwnerTags(role.Role.Tags, ctx.ownerTags) ? 'ours' : 'foreign';
}

/** Detaches every managed policy and deletes every inline one, so the role can be deleted or reset. */
async function stripRole(ctx: Pick<HandlerContext, 'clients'>, name: string): Promise<void> {
  const client = iam(ctx);
  const attached = (await client.send(new ListAttachedRolePoliciesCommand({ RoleName: name }))).AttachedPolicies ?? [];
  for (const p of attached) await client.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: p.PolicyArn }));
  const inline = (await client.send(new ListRolePoliciesCommand({ RoleName: name }))).PolicyNames ?? [];
  for (const policy of inline) await client.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: policy }));
}

export const roleHandler: ResourceHandler = {
  type: ROLE,
  plan(properties, ctx) {
    const config = roleConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedIamName(ctx.pseudo, ctx.logicalId, 64);
    const path = config.path ?? '/';
    return {
      physicalId: name,
      attributes: { Arn: `arn:${ctx.pseudo.partition}:iam::${ctx.pseudo.accountId}:role${path}${name}`, RoleId: name },
    };
  },
  ownership: (planned, _p, ctx) => roleOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = roleConfig(ctx.logicalId, properties);
    const client = iam(ctx);
    const name = planned.physicalId;
    const tags = withOwnerTags(templateTags(config.scope, config.tags), ctx.ownerTags);
    const isNew = (await roleOwnership(ctx, name)) === 'absent';
    if (isNew) {
      await client.send(new CreateRoleCommand({
        RoleName: name, AssumeRolePolicyDocument: config.trust, Path: config.path, Description: config.description,
        MaxSessionDuration: config.maxSessionDuration, Tags: tags,
      }));
    } else {
      await client.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: config.trust }));
      await client.send(new TagRoleCommand({ RoleName: name, Tags: tags }));
      await stripRole(ctx, name);
    }
    for (const arn of config.managed) await client.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: arn }));
    for (const p of config.inline) await client.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: p.name, PolicyDocument: p.document }));
    return isNew ? 'created' : 'updated';
  },
  async remove(planned, _p, ctx) {
    if ((await roleOwnership(ctx, planned.physicalId)) === 'absent') return 'absent';
    await stripRole(ctx, planned.physicalId);
    await iam(ctx).send(new DeleteRoleCommand({ RoleName: planned.physicalId }));
    return 'deleted';
  },
};

// ── AWS::IAM::Policy (an inline policy put on roles, users or groups) ────────────────────────────

const POLICY = 'AWS::IAM::Policy';

function inlinePolicyConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: POLICY };
  const p = objectWith(scope, properties, '', ['PolicyName', 'PolicyDocument', 'Roles', 'Users', 'Groups']);
  const config = {
    name: text(scope, p.PolicyName, 'PolicyName'),
    document: documentText(p.PolicyDocument),
    roles: names(scope, p.Roles, 'Roles'),
  };
  // Users and groups take inline policies too, but no lab's reference needs them yet: say so rather than drop them.
  if (p.Users !== undefined) throw unsupportedProperty(scope, 'Users');
  if (p.Groups !== undefined) throw unsupportedProperty(scope, 'Groups');
  return config;
}

export const inlinePolicyHandler: ResourceHandler = {
  type: POLICY,
  plan(properties, ctx) {
    const config = inlinePolicyConfig(ctx.logicalId, properties);
    return { physicalId: config.name, attributes: {} };
  },
  // An inline policy belongs to its roles: it is ours when they are.
  async ownership(_planned, properties, ctx) {
    const owners = await Promise.all(inlinePolicyConfig(ctx.logicalId, properties).roles.map((role) => roleOwnership(ctx, role)));
    return owners.includes('foreign') ? 'foreign' : owners.includes('ours') ? 'ours' : 'absent';
  },
  async apply(_planned, properties, ctx) {
    const config = inlinePolicyConfig(ctx.logicalId, properties);
    for (const role of config.roles) {
      await iam(ctx).send(new PutRolePolicyCommand({ RoleName: role, PolicyName: config.name, PolicyDocument: config.document }));
    }
    return 'created';
  },
  async remove(_planned, properties, ctx) {
    const config = inlinePolicyConfig(ctx.logicalId, properties);
    let removed = false;
    for (const role of config.roles) {
      removed = (await ignoreMissing(() => iam(ctx).send(new DeleteRolePolicyCommand({ RoleName: role, PolicyName: config.name })))) !== undefined || removed;
    }
    return removed ? 'deleted' : 'absent';
  },
};

// ── AWS::IAM::ManagedPolicy ───────────────────────────────────────────────────────────────────

const MANAGED = 'AWS::IAM::ManagedPolicy';

function managedPolicyConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: MANAGED };
  const p = objectWith(scope, properties, '', ['ManagedPolicyName', 'PolicyDocument', 'Roles', 'Users', 'Groups', 'Path', 'Description']);
  return {
    name: optionalText(scope, p.ManagedPolicyName, 'ManagedPolicyName'),
    document: documentText(p.PolicyDocument),
    roles: names(scope, p.Roles, 'Roles'),
    users: names(scope, p.Users, 'Users'),
    groups: names(scope, p.Groups, 'Groups'),
    path: optionalText(scope, p.Path, 'Path') ?? '/',
    description: optionalText(scope, p.Description, 'Description'),
  };
}

async function managedPolicyOwnership(ctx: HandlerContext, arn: string): Promise<Ownership> {
  const out = await ignoreMissing(() => iam(ctx).send(new GetPolicyCommand({ PolicyArn: arn })));
  if (!out?.Policy) return 'absent';
  return hasOwnerTags(out.Policy.Tags, ctx.ownerTags) ? 'ours' : 'foreign';
}

async function detachEverywhere(ctx: HandlerContext, arn: string, config: ReturnType<typeof managedPolicyConfig>) {
  const client = iam(ctx);
  for (const role of config.roles) await ignoreMissing(() => client.send(new DetachRolePolicyCommand({ RoleName: role, PolicyArn: arn })));
  for (const user of config.users) await ignoreMissing(() => client.send(new DetachUserPolicyCommand({ UserName: user, PolicyArn: arn })));
  for (const group of config.groups) await ignoreMissing(() => client.send(new DetachGroupPolicyCommand({ GroupName: group, PolicyArn: arn })));
}

export const managedPolicyHandler: ResourceHandler = {
  type: MANAGED,
  plan(properties, ctx) {
    const config = managedPolicyConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedIamName(ctx.pseudo, ctx.logicalId, 128);
    const arn = `arn:${ctx.pseudo.partition}:iam::${ctx.pseudo.accountId}:policy${config.path}${name}`;
    return { physicalId: arn, attributes: { PolicyArn: arn } };
  },
  ownership: (planned, _p, ctx) => managedPolicyOwnership(ctx, planned.physicalId),
  async apply(planned, properties, ctx) {
    const config = managedPolicyConfig(ctx.logicalId, properties);
    const client = iam(ctx);
    const arn = planned.physicalId;
    const isNew = (await managedPolicyOwnership(ctx, arn)) === 'absent';
    if (isNew) {
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      const tags = Object.entries(ctx.ownerTags).map(([Key, Value]) => ({ Key, Value }));
      await client.send(new CreatePolicyCommand({ PolicyName: name, Path: config.path, PolicyDocument: config.document, Description: config.description, Tags: tags }));
    } else {
      // IAM keeps at most five versions: drop the old non-default ones before adding the new default.
      const versions = (await client.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions ?? [];
      for (const v of versions.filter((v) => !v.IsDefaultVersion)) await client.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: v.VersionId }));
      await client.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: config.document, SetAsDefault: true }));
    }
    for (const role of config.roles) await client.send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: arn }));
    for (const user of config.users) await client.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: arn }));
    for (const group of config.groups) await client.send(new AttachGroupPolicyCommand({ GroupName: group, PolicyArn: arn }));
    return isNew ? 'created' : 'updated';
  },
  async remove(planned, properties, ctx) {
    const arn = planned.physicalId;
    if ((await managedPolicyOwnership(ctx, arn)) === 'absent') return 'absent';
    await detachEverywhere(ctx, arn, managedPolicyConfig(ctx.logicalId, properties));
    const client = iam(ctx);
    const versions = (await client.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions ?? [];
    for (const v of versions.filter((v) => !v.IsDefaultVersion)) await client.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: v.VersionId }));
    await client.send(new DeletePolicyCommand({ PolicyArn: arn }));
    return 'deleted';
  },
};

// ── AWS::IAM::InstanceProfile ─────────────────────────────────────────────────────────────────

const PROFILE = 'AWS::IAM::InstanceProfile';

function profileConfig(logicalId: string, properties: Props) {
  const scope = { logicalId, type: PROFILE };
  const p = objectWith(scope, properties, '', ['InstanceProfileName', 'Roles', 'Path']);
  return { name: optionalText(scope, p.InstanceProfileName, 'InstanceProfileName'), roles: names(scope, p.Roles, 'Roles'), path: optionalText(scope, p.Path, 'Path') ?? '/' };
}

async function profileRoles(ctx: HandlerContext, name: string): Promise<string[] | undefined> {
  const out = await ignoreMissing(() => iam(ctx).send(new GetInstanceProfileCommand({ InstanceProfileName: name })));
  return out?.InstanceProfile ? (out.InstanceProfile.Roles ?? []).map((r) => r.RoleName ?? '') : undefined;
}

export const instanceProfileHandler: ResourceHandler = {
  type: PROFILE,
  plan(properties, ctx) {
    const config = profileConfig(ctx.logicalId, properties);
    const name = config.name ?? generatedIamName(ctx.pseudo, ctx.logicalId, 128);
    return { physicalId: name, attributes: { Arn: `arn:${ctx.pseudo.partition}:iam::${ctx.pseudo.accountId}:instance-profile${config.path}${name}` } };
  },
  // An instance profile is ours when it exists and holds nothing but this deployment's roles.
  async ownership(planned, properties, ctx) {
    const roles = await profileRoles(ctx, planned.physicalId);
    if (!roles) return 'absent';
    const wanted = profileConfig(ctx.logicalId, properties).roles;
    const owners = await Promise.all(roles.map((role) => roleOwnership(ctx, role)));
    return roles.length > 0 && roles.every((r) => wanted.includes(r)) && owners.every((o) => o === 'ours') ? 'ours' : 'foreign';
  },
  async apply(planned, properties, ctx) {
    const config = profileConfig(ctx.logicalId, properties);
    const client = iam(ctx);
    const existing = await profileRoles(ctx, planned.physicalId);
    if (!existing) await client.send(new CreateInstanceProfileCommand({ InstanceProfileName: planned.physicalId, Path: config.path }));
    for (const role of existing ?? []) {
      if (!config.roles.includes(role)) await client.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: planned.physicalId, RoleName: role }));
    }
    for (const role of config.roles) {
      if (!existing?.includes(role)) await client.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: planned.physicalId, RoleName: role }));
    }
    return existing ? 'updated' : 'created';
  },
  async remove(planned, _p, ctx) {
    const roles = await profileRoles(ctx, planned.physicalId);
    if (!roles) return 'absent';
    const client = iam(ctx);
    for (const role of roles) await client.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: planned.physicalId, RoleName: role }));
    await client.send(new DeleteInstanceProfileCommand({ InstanceProfileName: planned.physicalId }));
    return 'deleted';
  },
};

export const IAM_HANDLERS: readonly ResourceHandler[] = [roleHandler, inlinePolicyHandler, managedPolicyHandler, instanceProfileHandler, ...GROUP_HANDLERS];
