import type { CreateRouteCommandInput } from '@aws-sdk/client-ec2';
import { deferredResource } from '../../deploy/handlers/deferred.ts';
import { objectWith, optionalBoolean, optionalText, text } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, PlannedResource, ResourceHandler } from '../../deploy/handlers/types.ts';
import { deleteIfThere, send, isLocated, locatedOwnership, ownedFilters, retagInput, tagSpecification, type Props } from './handler-support.ts';

/** Handlers for the VPC and what routes its traffic: subnets, internet gateway, route tables, routes. */

const scopeOf = (ctx: HandlerContext, type: string) => ({ logicalId: ctx.logicalId, type });

// ── AWS::EC2::VPC ─────────────────────────────────────────────────────────────────────────────

const VPC = 'AWS::EC2::VPC';

function vpcConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, VPC);
  const p = objectWith(scope, properties, '', ['CidrBlock', 'EnableDnsHostnames', 'EnableDnsSupport', 'InstanceTenancy', 'Tags']);
  return {
    scope,
    cidrBlock: text(scope, p.CidrBlock, 'CidrBlock'),
    dnsHostnames: optionalBoolean(scope, p.EnableDnsHostnames, 'EnableDnsHostnames'),
    dnsSupport: optionalBoolean(scope, p.EnableDnsSupport, 'EnableDnsSupport'),
    tenancy: optionalText(scope, p.InstanceTenancy, 'InstanceTenancy'),
    tags: p.Tags,
  };
}

/** DNS settings take one ModifyVpcAttribute call each. */
async function setVpcDns(ctx: HandlerContext, vpcId: string, config: ReturnType<typeof vpcConfig>) {
  if (config.dnsSupport !== undefined) await send(ctx, (sdk) => new sdk.ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsSupport: { Value: config.dnsSupport } }));
  if (config.dnsHostnames !== undefined) await send(ctx, (sdk) => new sdk.ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: config.dnsHostnames } }));
}

export const vpcHandler: ResourceHandler = {
  type: VPC,
  plan(properties, ctx) {
    vpcConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['VpcId', 'CidrBlock', 'DefaultNetworkAcl']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const vpc = (await send(ctx, (sdk) => new sdk.DescribeVpcsCommand({ Filters: ownedFilters(ctx) }))).Vpcs?.[0];
    const vpcId = vpc?.VpcId;
    if (!vpcId) return undefined;
    const acls = await send(ctx, (sdk) => new sdk.DescribeNetworkAclsCommand({
      Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'default', Values: ['true'] }],
    }));
    return {
      physicalId: vpcId,
      attributes: { VpcId: vpcId, CidrBlock: vpc.CidrBlock ?? '', DefaultNetworkAcl: acls.NetworkAcls?.[0]?.NetworkAclId ?? '' },
    };
  },
  async apply(planned, properties, ctx) {
    const config = vpcConfig(ctx, properties);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(config.scope, planned.physicalId, config.tags, ctx)));
      await setVpcDns(ctx, planned.physicalId, config);
      return 'updated';
    }
    const created = await send(ctx, (sdk) => new sdk.CreateVpcCommand({
      CidrBlock: config.cidrBlock,
      InstanceTenancy: config.tenancy as 'default' | undefined,
      TagSpecifications: tagSpecification(config.scope, 'vpc', config.tags, ctx),
    }));
    const vpcId = created.Vpc?.VpcId ?? '';
    try {
      await setVpcDns(ctx, vpcId, config);
    } catch (error) {
      await send(ctx, (sdk) => new sdk.DeleteVpcCommand({ VpcId: vpcId })).catch(() => undefined);
      throw error;
    }
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteVpcCommand({ VpcId: planned.physicalId }))),
};

// ── AWS::EC2::Subnet ──────────────────────────────────────────────────────────────────────────

const SUBNET = 'AWS::EC2::Subnet';

function subnetConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, SUBNET);
  const p = objectWith(scope, properties, '', ['VpcId', 'CidrBlock', 'AvailabilityZone', 'MapPublicIpOnLaunch', 'Tags']);
  return {
    scope,
    vpcId: text(scope, p.VpcId, 'VpcId'),
    cidrBlock: text(scope, p.CidrBlock, 'CidrBlock'),
    zone: optionalText(scope, p.AvailabilityZone, 'AvailabilityZone'),
    mapPublicIp: optionalBoolean(scope, p.MapPublicIpOnLaunch, 'MapPublicIpOnLaunch'),
    tags: p.Tags,
  };
}

export const subnetHandler: ResourceHandler = {
  type: SUBNET,
  plan(properties, ctx) {
    subnetConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['SubnetId', 'AvailabilityZone', 'VpcId', 'CidrBlock']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const subnet = (await send(ctx, (sdk) => new sdk.DescribeSubnetsCommand({ Filters: ownedFilters(ctx) }))).Subnets?.[0];
    if (!subnet?.SubnetId) return undefined;
    return {
      physicalId: subnet.SubnetId,
      attributes: { SubnetId: subnet.SubnetId, AvailabilityZone: subnet.AvailabilityZone ?? '', VpcId: subnet.VpcId ?? '', CidrBlock: subnet.CidrBlock ?? '' },
    };
  },
  async apply(planned, properties, ctx) {
    const config = subnetConfig(ctx, properties);
    let subnetId = planned.physicalId;
    const isNew = !isLocated(planned);
    if (isNew) {
      const created = await send(ctx, (sdk) => new sdk.CreateSubnetCommand({
        VpcId: config.vpcId,
        CidrBlock: config.cidrBlock,
        AvailabilityZone: config.zone,
        TagSpecifications: tagSpecification(config.scope, 'subnet', config.tags, ctx),
      }));
      subnetId = created.Subnet?.SubnetId ?? '';
    } else {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(config.scope, subnetId, config.tags, ctx)));
    }
    if (config.mapPublicIp !== undefined || !isNew) {
      await send(ctx, (sdk) => new sdk.ModifySubnetAttributeCommand({ SubnetId: subnetId, MapPublicIpOnLaunch: { Value: config.mapPublicIp ?? false } }));
    }
    return isNew ? 'created' : 'updated';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteSubnetCommand({ SubnetId: planned.physicalId }))),
};

// ── AWS::EC2::InternetGateway and AWS::EC2::VPCGatewayAttachment ─────────────────────────────

const IGW = 'AWS::EC2::InternetGateway';

export const internetGatewayHandler: ResourceHandler = {
  type: IGW,
  plan(properties, ctx) {
    objectWith(scopeOf(ctx, IGW), properties, '', ['Tags']);
    return deferredResource(ctx.logicalId, ['InternetGatewayId']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const gateway = (await send(ctx, (sdk) => new sdk.DescribeInternetGatewaysCommand({ Filters: ownedFilters(ctx) }))).InternetGateways?.[0];
    return gateway?.InternetGatewayId
      ? { physicalId: gateway.InternetGatewayId, attributes: { InternetGatewayId: gateway.InternetGatewayId } }
      : undefined;
  },
  async apply(planned, properties, ctx) {
    const scope = scopeOf(ctx, IGW);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(scope, planned.physicalId, properties.Tags, ctx)));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateInternetGatewayCommand({ TagSpecifications: tagSpecification(scope, 'internet-gateway', properties.Tags, ctx) }));
    return 'created';
  },
  remove: (planned, _p, ctx) =>
    deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteInternetGatewayCommand({ InternetGatewayId: planned.physicalId }))),
};

const ATTACHMENT = 'AWS::EC2::VPCGatewayAttachment';

function attachmentConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, ATTACHMENT);
  // VpnGatewayId (a virtual private gateway) is not applied here: no lab's reference uses one.
  const p = objectWith(scope, properties, '', ['VpcId', 'InternetGatewayId']);
  return { vpcId: text(scope, p.VpcId, 'VpcId'), gatewayId: text(scope, p.InternetGatewayId, 'InternetGatewayId') };
}

export const gatewayAttachmentHandler: ResourceHandler = {
  type: ATTACHMENT,
  plan(properties, ctx) {
    attachmentConfig(ctx, properties);
    return deferredResource(ctx.logicalId, []);
  },
  ownership: locatedOwnership,
  async locate(_planned, properties, ctx) {
    const { vpcId, gatewayId } = attachmentConfig(ctx, properties);
    const gateway = (await send(ctx, (sdk) => new sdk.DescribeInternetGatewaysCommand({ InternetGatewayIds: [gatewayId] }))).InternetGateways?.[0];
    const attached = (gateway?.Attachments ?? []).some((a) => a.VpcId === vpcId && ['available', 'attached'].includes(a.State ?? ''));
    return attached ? { physicalId: `${gatewayId}|${vpcId}`, attributes: {} } : undefined;
  },
  async apply(planned, properties, ctx) {
    if (isLocated(planned)) return 'updated';
    const { vpcId, gatewayId } = attachmentConfig(ctx, properties);
    await send(ctx, (sdk) => new sdk.AttachInternetGatewayCommand({ VpcId: vpcId, InternetGatewayId: gatewayId }));
    return 'created';
  },
  async remove(_planned, properties, ctx) {
    const { vpcId, gatewayId } = attachmentConfig(ctx, properties);
    return deleteIfThere(() => send(ctx, (sdk) => new sdk.DetachInternetGatewayCommand({ VpcId: vpcId, InternetGatewayId: gatewayId })));
  },
};

// ── AWS::EC2::RouteTable, AWS::EC2::Route, AWS::EC2::SubnetRouteTableAssociation ─────────────

const ROUTE_TABLE = 'AWS::EC2::RouteTable';

export const routeTableHandler: ResourceHandler = {
  type: ROUTE_TABLE,
  plan(properties, ctx) {
    const scope = scopeOf(ctx, ROUTE_TABLE);
    text(scope, objectWith(scope, properties, '', ['VpcId', 'Tags']).VpcId, 'VpcId');
    return deferredResource(ctx.logicalId, ['RouteTableId']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const table = (await send(ctx, (sdk) => new sdk.DescribeRouteTablesCommand({ Filters: ownedFilters(ctx) }))).RouteTables?.[0];
    return table?.RouteTableId ? { physicalId: table.RouteTableId, attributes: { RouteTableId: table.RouteTableId } } : undefined;
  },
  async apply(planned, properties, ctx) {
    const scope = scopeOf(ctx, ROUTE_TABLE);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(scope, planned.physicalId, properties.Tags, ctx)));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateRouteTableCommand({
      VpcId: properties.VpcId as string,
      TagSpecifications: tagSpecification(scope, 'route-table', properties.Tags, ctx),
    }));
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteRouteTableCommand({ RouteTableId: planned.physicalId }))),
};

const ROUTE = 'AWS::EC2::Route';
/** Where a route can send traffic; the template names exactly one. */
const ROUTE_TARGETS = ['GatewayId', 'NatGatewayId', 'EgressOnlyInternetGatewayId', 'NetworkInterfaceId', 'TransitGatewayId', 'VpcPeeringConnectionId'] as const;

function routeConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, ROUTE);
  const p = objectWith(scope, properties, '', ['RouteTableId', 'DestinationCidrBlock', 'DestinationIpv6CidrBlock', ...ROUTE_TARGETS]);
  const input: CreateRouteCommandInput = {
    RouteTableId: text(scope, p.RouteTableId, 'RouteTableId'),
    DestinationCidrBlock: optionalText(scope, p.DestinationCidrBlock, 'DestinationCidrBlock'),
    DestinationIpv6CidrBlock: optionalText(scope, p.DestinationIpv6CidrBlock, 'DestinationIpv6CidrBlock'),
  };
  for (const target of ROUTE_TARGETS) input[target] = optionalText(scope, p[target], target);
  return { input, destination: input.DestinationCidrBlock ?? input.DestinationIpv6CidrBlock ?? '' };
}

export const routeHandler: ResourceHandler = {
  type: ROUTE,
  plan(properties, ctx) {
    routeConfig(ctx, properties);
    return deferredResource(ctx.logicalId, []);
  },
  ownership: locatedOwnership,
  async locate(_planned, properties, ctx) {
    const { input, destination } = routeConfig(ctx, properties);
    const table = (await send(ctx, (sdk) => new sdk.DescribeRouteTablesCommand({ RouteTableIds: [input.RouteTableId!] }))).RouteTables?.[0];
    const found = (table?.Routes ?? []).some((r) => (r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock) === destination);
    return found ? { physicalId: `${input.RouteTableId}|${destination}`, attributes: {} } : undefined;
  },
  async apply(planned, properties, ctx) {
    const { input } = routeConfig(ctx, properties);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.ReplaceRouteCommand(input));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateRouteCommand(input));
    return 'created';
  },
  async remove(_planned, properties, ctx) {
    const { input } = routeConfig(ctx, properties);
    return deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteRouteCommand({
      RouteTableId: input.RouteTableId,
      DestinationCidrBlock: input.DestinationCidrBlock,
      DestinationIpv6CidrBlock: input.DestinationIpv6CidrBlock,
    })));
  },
};

const ROUTE_ASSOCIATION = 'AWS::EC2::SubnetRouteTableAssociation';

function associationConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, ROUTE_ASSOCIATION);
  const p = objectWith(scope, properties, '', ['RouteTableId', 'SubnetId']);
  return { routeTableId: text(scope, p.RouteTableId, 'RouteTableId'), subnetId: text(scope, p.SubnetId, 'SubnetId') };
}

export const routeTableAssociationHandler: ResourceHandler = {
  type: ROUTE_ASSOCIATION,
  plan(properties, ctx) {
    associationConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['Id']);
  },
  ownership: locatedOwnership,
  async locate(_planned, properties, ctx): Promise<PlannedResource | undefined> {
    const { routeTableId, subnetId } = associationConfig(ctx, properties);
    const table = (await send(ctx, (sdk) => new sdk.DescribeRouteTablesCommand({ RouteTableIds: [routeTableId] }))).RouteTables?.[0];
    const id = table?.Associations?.find((a) => a.SubnetId === subnetId)?.RouteTableAssociationId;
    return id ? { physicalId: id, attributes: { Id: id } } : undefined;
  },
  async apply(planned, properties, ctx) {
    if (isLocated(planned)) return 'updated';
    const { routeTableId, subnetId } = associationConfig(ctx, properties);
    await send(ctx, (sdk) => new sdk.AssociateRouteTableCommand({ RouteTableId: routeTableId, SubnetId: subnetId }));
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DisassociateRouteTableCommand({ AssociationId: planned.physicalId }))),
};

export const NETWORK_HANDLERS: readonly ResourceHandler[] = [
  vpcHandler,
  subnetHandler,
  internetGatewayHandler,
  gatewayAttachmentHandler,
  routeTableHandler,
  routeHandler,
  routeTableAssociationHandler,
];
