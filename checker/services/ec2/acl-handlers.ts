import type { CreateNetworkAclEntryCommandInput, NetworkAcl } from '@aws-sdk/client-ec2';
import { deferredResource } from '../../deploy/handlers/deferred.ts';
import { objectWith, optionalBoolean, optionalInteger, optionalText, text } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, ResourceHandler } from '../../deploy/handlers/types.ts';
import { deleteIfThere, send, isLocated, locatedOwnership, ownedFilters, retagInput, tagSpecification, type Props } from './handler-support.ts';

/** Handlers for network ACLs: the ACL, its numbered entries, and which subnets it guards. */

const scopeOf = (ctx: HandlerContext, type: string) => ({ logicalId: ctx.logicalId, type });

async function describeAcl(ctx: HandlerContext, aclId: string): Promise<NetworkAcl | undefined> {
  return (await send(ctx, (sdk) => new sdk.DescribeNetworkAclsCommand({ NetworkAclIds: [aclId] }))).NetworkAcls?.[0];
}

// ── AWS::EC2::NetworkAcl ──────────────────────────────────────────────────────────────────────

const ACL = 'AWS::EC2::NetworkAcl';

export const networkAclHandler: ResourceHandler = {
  type: ACL,
  plan(properties, ctx) {
    const scope = scopeOf(ctx, ACL);
    text(scope, objectWith(scope, properties, '', ['VpcId', 'Tags']).VpcId, 'VpcId');
    return deferredResource(ctx.logicalId, ['Id']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const acl = (await send(ctx, (sdk) => new sdk.DescribeNetworkAclsCommand({ Filters: ownedFilters(ctx) }))).NetworkAcls?.[0];
    return acl?.NetworkAclId ? { physicalId: acl.NetworkAclId, attributes: { Id: acl.NetworkAclId } } : undefined;
  },
  async apply(planned, properties, ctx) {
    const scope = scopeOf(ctx, ACL);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(scope, planned.physicalId, properties.Tags, ctx)));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateNetworkAclCommand({
      VpcId: properties.VpcId as string,
      TagSpecifications: tagSpecification(scope, 'network-acl', properties.Tags, ctx),
    }));
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteNetworkAclCommand({ NetworkAclId: planned.physicalId }))),
};

// ── AWS::EC2::NetworkAclEntry ─────────────────────────────────────────────────────────────────

const ENTRY = 'AWS::EC2::NetworkAclEntry';

function entryConfig(ctx: HandlerContext, properties: Props): CreateNetworkAclEntryCommandInput {
  const scope = scopeOf(ctx, ENTRY);
  const p = objectWith(scope, properties, '', ['NetworkAclId', 'RuleNumber', 'Egress', 'Protocol', 'RuleAction', 'CidrBlock', 'Ipv6CidrBlock', 'PortRange', 'Icmp']);
  const ports = p.PortRange === undefined ? undefined : objectWith(scope, p.PortRange, 'PortRange', ['From', 'To']);
  const icmp = p.Icmp === undefined ? undefined : objectWith(scope, p.Icmp, 'Icmp', ['Code', 'Type']);
  return {
    NetworkAclId: text(scope, p.NetworkAclId, 'NetworkAclId'),
    RuleNumber: optionalInteger(scope, p.RuleNumber, 'RuleNumber'),
    Egress: optionalBoolean(scope, p.Egress, 'Egress') ?? false,
    // CloudFormation takes the protocol as a number; the API as its text.
    Protocol: String(optionalInteger(scope, p.Protocol ?? '', 'Protocol')),
    RuleAction: text(scope, p.RuleAction, 'RuleAction') as 'allow' | 'deny',
    CidrBlock: optionalText(scope, p.CidrBlock, 'CidrBlock'),
    Ipv6CidrBlock: optionalText(scope, p.Ipv6CidrBlock, 'Ipv6CidrBlock'),
    PortRange: ports && { From: optionalInteger(scope, ports.From, 'PortRange.From'), To: optionalInteger(scope, ports.To, 'PortRange.To') },
    IcmpTypeCode: icmp && { Code: optionalInteger(scope, icmp.Code, 'Icmp.Code'), Type: optionalInteger(scope, icmp.Type, 'Icmp.Type') },
  };
}

export const networkAclEntryHandler: ResourceHandler = {
  type: ENTRY,
  plan(properties, ctx) {
    entryConfig(ctx, properties);
    return deferredResource(ctx.logicalId, []);
  },
  ownership: locatedOwnership,
  async locate(_planned, properties, ctx) {
    const entry = entryConfig(ctx, properties);
    const acl = await describeAcl(ctx, entry.NetworkAclId!);
    const found = (acl?.Entries ?? []).some((e) => e.RuleNumber === entry.RuleNumber && e.Egress === entry.Egress);
    return found ? { physicalId: `${entry.NetworkAclId}|${entry.Egress ? 'egress' : 'ingress'}|${entry.RuleNumber}`, attributes: {} } : undefined;
  },
  async apply(planned, properties, ctx) {
    const entry = entryConfig(ctx, properties);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.ReplaceNetworkAclEntryCommand(entry));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateNetworkAclEntryCommand(entry));
    return 'created';
  },
  async remove(_planned, properties, ctx) {
    const entry = entryConfig(ctx, properties);
    return deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteNetworkAclEntryCommand({ NetworkAclId: entry.NetworkAclId, RuleNumber: entry.RuleNumber, Egress: entry.Egress })));
  },
};

// ── AWS::EC2::SubnetNetworkAclAssociation ─────────────────────────────────────────────────────

const ASSOCIATION = 'AWS::EC2::SubnetNetworkAclAssociation';

function associationConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, ASSOCIATION);
  const p = objectWith(scope, properties, '', ['SubnetId', 'NetworkAclId']);
  return { subnetId: text(scope, p.SubnetId, 'SubnetId'), aclId: text(scope, p.NetworkAclId, 'NetworkAclId') };
}

/** Every subnet is associated with exactly one ACL: the one it has now, with that association's id. */
async function currentAssociation(ctx: HandlerContext, subnetId: string) {
  const acls = (await send(ctx, (sdk) => new sdk.DescribeNetworkAclsCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnetId] }] }))).NetworkAcls ?? [];
  for (const acl of acls) {
    const association = acl.Associations?.find((a) => a.SubnetId === subnetId);
    if (association?.NetworkAclAssociationId) return { acl, associationId: association.NetworkAclAssociationId };
  }
  return undefined;
}

/**
 * A subnet cannot be left without an ACL, so "associate" replaces its current association and
 * "remove" gives the subnet back to its VPC's default ACL, as CloudFormation does.
 */
export const networkAclAssociationHandler: ResourceHandler = {
  type: ASSOCIATION,
  plan(properties, ctx) {
    associationConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['AssociationId']);
  },
  ownership: locatedOwnership,
  async locate(_planned, properties, ctx) {
    const { subnetId, aclId } = associationConfig(ctx, properties);
    const acl = await describeAcl(ctx, aclId);
    const id = acl?.Associations?.find((a) => a.SubnetId === subnetId)?.NetworkAclAssociationId;
    return id ? { physicalId: id, attributes: { AssociationId: id } } : undefined;
  },
  async apply(planned, properties, ctx) {
    if (isLocated(planned)) return 'updated';
    const { subnetId, aclId } = associationConfig(ctx, properties);
    const current = await currentAssociation(ctx, subnetId);
    if (!current) throw new Error(`subnet ${subnetId} has no network ACL association to replace`);
    await send(ctx, (sdk) => new sdk.ReplaceNetworkAclAssociationCommand({ AssociationId: current.associationId, NetworkAclId: aclId }));
    return 'created';
  },
  async remove(_planned, properties, ctx) {
    const { subnetId, aclId } = associationConfig(ctx, properties);
    const current = await currentAssociation(ctx, subnetId);
    if (!current || current.acl.NetworkAclId !== aclId) return 'absent';
    const defaults = await send(ctx, (sdk) => new sdk.DescribeNetworkAclsCommand({
      Filters: [{ Name: 'vpc-id', Values: [current.acl.VpcId ?? ''] }, { Name: 'default', Values: ['true'] }],
    }));
    const defaultAcl = defaults.NetworkAcls?.[0]?.NetworkAclId;
    if (!defaultAcl) throw new Error(`the VPC of subnet ${subnetId} has no default network ACL`);
    await send(ctx, (sdk) => new sdk.ReplaceNetworkAclAssociationCommand({ AssociationId: current.associationId, NetworkAclId: defaultAcl }));
    return 'deleted';
  },
};

export const ACL_HANDLERS: readonly ResourceHandler[] = [networkAclHandler, networkAclEntryHandler, networkAclAssociationHandler];
