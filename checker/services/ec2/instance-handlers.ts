import type { BlockDeviceMapping, IpPermission } from '@aws-sdk/client-ec2';
import { DeployError } from '../../deploy/errors.ts';
import { deferredResource } from '../../deploy/handlers/deferred.ts';
import { listOf, objectWith, optionalBoolean, optionalInteger, optionalText, text, type PropertyScope } from '../../deploy/handlers/properties.ts';
import type { HandlerContext, ResourceHandler } from '../../deploy/handlers/types.ts';
import { ec2Client, ec2Sdk } from './client.ts';
import { deleteIfThere, isLocated, locatedOwnership, ownedFilters, retagInput, send, tagSpecification, type Props } from './handler-support.ts';

/** Handlers for an instance and what it is launched with: its security group and a launch template. */

const scopeOf = (ctx: HandlerContext, type: string): PropertyScope => ({ logicalId: ctx.logicalId, type });

// ── AWS::EC2::SecurityGroup ───────────────────────────────────────────────────────────────────

const GROUP = 'AWS::EC2::SecurityGroup';

function ingressRule(scope: PropertyScope, item: unknown, path: string): IpPermission {
  const r = objectWith(scope, item, path, ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'SourcePrefixListId', 'SourceSecurityGroupId', 'Description']);
  const description = optionalText(scope, r.Description, `${path}.Description`);
  const cidr = optionalText(scope, r.CidrIp, `${path}.CidrIp`);
  const cidrV6 = optionalText(scope, r.CidrIpv6, `${path}.CidrIpv6`);
  const prefixList = optionalText(scope, r.SourcePrefixListId, `${path}.SourcePrefixListId`);
  const group = optionalText(scope, r.SourceSecurityGroupId, `${path}.SourceSecurityGroupId`);
  return {
    IpProtocol: text(scope, r.IpProtocol, `${path}.IpProtocol`),
    FromPort: optionalInteger(scope, r.FromPort, `${path}.FromPort`),
    ToPort: optionalInteger(scope, r.ToPort, `${path}.ToPort`),
    IpRanges: cidr ? [{ CidrIp: cidr, Description: description }] : undefined,
    Ipv6Ranges: cidrV6 ? [{ CidrIpv6: cidrV6, Description: description }] : undefined,
    PrefixListIds: prefixList ? [{ PrefixListId: prefixList, Description: description }] : undefined,
    UserIdGroupPairs: group ? [{ GroupId: group, Description: description }] : undefined,
  };
}

function groupConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, GROUP);
  // No SecurityGroupEgress: the group keeps EC2's default egress (all traffic out), which is what
  // CloudFormation does when the property is absent.
  const p = objectWith(scope, properties, '', ['GroupDescription', 'GroupName', 'VpcId', 'SecurityGroupIngress', 'Tags']);
  return {
    scope,
    description: text(scope, p.GroupDescription, 'GroupDescription'),
    name: optionalText(scope, p.GroupName, 'GroupName') ?? `${ctx.pseudo.stackName}-${ctx.logicalId}`,
    vpcId: optionalText(scope, p.VpcId, 'VpcId'),
    ingress: p.SecurityGroupIngress === undefined ? [] : listOf(scope, p.SecurityGroupIngress, 'SecurityGroupIngress', (item, path) => ingressRule(scope, item, path)),
    tags: p.Tags,
  };
}

/** Makes the group's inbound rules exactly the template's: what is there is revoked, then the template's are added. */
async function setIngress(ctx: HandlerContext, groupId: string, ingress: IpPermission[]) {
  const current = (await send(ctx, (sdk) => new sdk.DescribeSecurityGroupsCommand({ GroupIds: [groupId] }))).SecurityGroups?.[0]?.IpPermissions ?? [];
  if (current.length) await send(ctx, (sdk) => new sdk.RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: current }));
  if (ingress.length) await send(ctx, (sdk) => new sdk.AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: ingress }));
}

export const securityGroupHandler: ResourceHandler = {
  type: GROUP,
  plan(properties, ctx) {
    groupConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['GroupId', 'VpcId']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const group = (await send(ctx, (sdk) => new sdk.DescribeSecurityGroupsCommand({ Filters: ownedFilters(ctx) }))).SecurityGroups?.[0];
    if (!group?.GroupId) return undefined;
    return { physicalId: group.GroupId, attributes: { GroupId: group.GroupId, VpcId: group.VpcId ?? '' } };
  },
  async apply(planned, properties, ctx) {
    const config = groupConfig(ctx, properties);
    if (isLocated(planned)) {
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(config.scope, planned.physicalId, config.tags, ctx)));
      await setIngress(ctx, planned.physicalId, config.ingress);
      return 'updated';
    }
    const created = await send(ctx, (sdk) => new sdk.CreateSecurityGroupCommand({
      GroupName: config.name,
      Description: config.description,
      VpcId: config.vpcId,
      TagSpecifications: tagSpecification(config.scope, 'security-group', config.tags, ctx),
    }));
    const groupId = created.GroupId ?? '';
    try {
      if (config.ingress.length) await send(ctx, (sdk) => new sdk.AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: config.ingress }));
    } catch (error) {
      await send(ctx, (sdk) => new sdk.DeleteSecurityGroupCommand({ GroupId: groupId })).catch(() => undefined);
      throw error;
    }
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteSecurityGroupCommand({ GroupId: planned.physicalId }))),
};

// ── AWS::EC2::LaunchTemplate ──────────────────────────────────────────────────────────────────

const TEMPLATE = 'AWS::EC2::LaunchTemplate';

/** Only the metadata options: that is what CDK's `requireImdsv2` puts in a launch template. */
function templateConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, TEMPLATE);
  const p = objectWith(scope, properties, '', ['LaunchTemplateName', 'LaunchTemplateData']);
  const data = objectWith(scope, p.LaunchTemplateData, 'LaunchTemplateData', ['MetadataOptions']);
  const m = objectWith(scope, data.MetadataOptions ?? {}, 'LaunchTemplateData.MetadataOptions', ['HttpTokens', 'HttpEndpoint', 'HttpPutResponseHopLimit']);
  return {
    scope,
    name: optionalText(scope, p.LaunchTemplateName, 'LaunchTemplateName') ?? `${ctx.pseudo.stackName}-${ctx.logicalId}`,
    data: {
      MetadataOptions: {
        HttpTokens: optionalText(scope, m.HttpTokens, 'LaunchTemplateData.MetadataOptions.HttpTokens') as 'required' | 'optional' | undefined,
        HttpEndpoint: optionalText(scope, m.HttpEndpoint, 'LaunchTemplateData.MetadataOptions.HttpEndpoint') as 'enabled' | 'disabled' | undefined,
        HttpPutResponseHopLimit: optionalInteger(scope, m.HttpPutResponseHopLimit, 'LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit'),
      },
    },
  };
}

export const launchTemplateHandler: ResourceHandler = {
  type: TEMPLATE,
  plan(properties, ctx) {
    templateConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['LaunchTemplateId', 'LatestVersionNumber', 'DefaultVersionNumber']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const found = (await send(ctx, (sdk) => new sdk.DescribeLaunchTemplatesCommand({ Filters: ownedFilters(ctx) }))).LaunchTemplates?.[0];
    if (!found?.LaunchTemplateId) return undefined;
    return {
      physicalId: found.LaunchTemplateId,
      attributes: {
        LaunchTemplateId: found.LaunchTemplateId,
        LatestVersionNumber: String(found.LatestVersionNumber ?? 1),
        DefaultVersionNumber: String(found.DefaultVersionNumber ?? 1),
      },
    };
  },
  async apply(planned, properties, ctx) {
    const config = templateConfig(ctx, properties);
    if (isLocated(planned)) {
      // A launch template's data never changes: a new version holds the template's data and becomes the default.
      const version = await send(ctx, (sdk) => new sdk.CreateLaunchTemplateVersionCommand({ LaunchTemplateId: planned.physicalId, LaunchTemplateData: config.data }));
      const number = String(version.LaunchTemplateVersion?.VersionNumber ?? '');
      await send(ctx, (sdk) => new sdk.ModifyLaunchTemplateCommand({ LaunchTemplateId: planned.physicalId, DefaultVersion: number }));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.CreateLaunchTemplateCommand({
      LaunchTemplateName: config.name,
      LaunchTemplateData: config.data,
      TagSpecifications: tagSpecification(config.scope, 'launch-template', undefined, ctx),
    }));
    return 'created';
  },
  remove: (planned, _p, ctx) => deleteIfThere(() => send(ctx, (sdk) => new sdk.DeleteLaunchTemplateCommand({ LaunchTemplateId: planned.physicalId }))),
};

// ── AWS::EC2::Instance ────────────────────────────────────────────────────────────────────────

const INSTANCE = 'AWS::EC2::Instance';

function blockDevice(scope: PropertyScope, item: unknown, path: string): BlockDeviceMapping {
  const b = objectWith(scope, item, path, ['DeviceName', 'Ebs']);
  const e = objectWith(scope, b.Ebs ?? {}, `${path}.Ebs`, ['VolumeSize', 'VolumeType', 'Encrypted', 'KmsKeyId', 'DeleteOnTermination']);
  return {
    DeviceName: text(scope, b.DeviceName, `${path}.DeviceName`),
    Ebs: {
      VolumeSize: optionalInteger(scope, e.VolumeSize, `${path}.Ebs.VolumeSize`),
      VolumeType: optionalText(scope, e.VolumeType, `${path}.Ebs.VolumeType`) as 'gp3' | undefined,
      Encrypted: optionalBoolean(scope, e.Encrypted, `${path}.Ebs.Encrypted`),
      KmsKeyId: optionalText(scope, e.KmsKeyId, `${path}.Ebs.KmsKeyId`),
      DeleteOnTermination: optionalBoolean(scope, e.DeleteOnTermination, `${path}.Ebs.DeleteOnTermination`),
    },
  };
}

function instanceConfig(ctx: HandlerContext, properties: Props) {
  const scope = scopeOf(ctx, INSTANCE);
  const p = objectWith(scope, properties, '', ['ImageId', 'InstanceType', 'IamInstanceProfile', 'SecurityGroupIds', 'SubnetId', 'AvailabilityZone', 'UserData', 'BlockDeviceMappings', 'LaunchTemplate', 'Tags']);
  const template = p.LaunchTemplate === undefined ? undefined : objectWith(scope, p.LaunchTemplate, 'LaunchTemplate', ['LaunchTemplateId', 'LaunchTemplateName', 'Version']);
  return {
    scope,
    imageId: text(scope, p.ImageId, 'ImageId'),
    instanceType: text(scope, p.InstanceType, 'InstanceType'),
    profile: optionalText(scope, p.IamInstanceProfile, 'IamInstanceProfile'),
    securityGroupIds: p.SecurityGroupIds === undefined ? undefined : listOf(scope, p.SecurityGroupIds, 'SecurityGroupIds', (item, path) => text(scope, item, path)),
    subnetId: optionalText(scope, p.SubnetId, 'SubnetId'),
    availabilityZone: optionalText(scope, p.AvailabilityZone, 'AvailabilityZone'),
    // Already base64, as CloudFormation and RunInstances both take it.
    userData: optionalText(scope, p.UserData, 'UserData'),
    blockDevices: p.BlockDeviceMappings === undefined ? undefined : listOf(scope, p.BlockDeviceMappings, 'BlockDeviceMappings', (item, path) => blockDevice(scope, item, path)),
    launchTemplate: template && {
      LaunchTemplateId: optionalText(scope, template.LaunchTemplateId, 'LaunchTemplate.LaunchTemplateId'),
      LaunchTemplateName: optionalText(scope, template.LaunchTemplateName, 'LaunchTemplate.LaunchTemplateName'),
      Version: optionalText(scope, template.Version, 'LaunchTemplate.Version'),
    },
    tags: p.Tags,
  };
}

/** Instances of this deployment that still count (a terminated one lingers in Describe for a while). */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

export const instanceHandler: ResourceHandler = {
  type: INSTANCE,
  plan(properties, ctx) {
    instanceConfig(ctx, properties);
    return deferredResource(ctx.logicalId, ['InstanceId', 'AvailabilityZone', 'PrivateIp']);
  },
  ownership: locatedOwnership,
  async locate(_planned, _properties, ctx) {
    const filters = [...ownedFilters(ctx), { Name: 'instance-state-name', Values: LIVE_STATES }];
    const found = (await send(ctx, (sdk) => new sdk.DescribeInstancesCommand({ Filters: filters }))).Reservations?.[0]?.Instances?.[0];
    if (!found?.InstanceId) return undefined;
    return {
      physicalId: found.InstanceId,
      attributes: { InstanceId: found.InstanceId, AvailabilityZone: found.Placement?.AvailabilityZone ?? '', PrivateIp: found.PrivateIpAddress ?? '' },
    };
  },
  async apply(planned, properties, ctx) {
    const config = instanceConfig(ctx, properties);
    if (isLocated(planned)) {
      // Tags are the only setting changed in place here; the image, type or profile of an existing
      // instance would need it replaced, which this engine does not do silently.
      const found = (await send(ctx, (sdk) => new sdk.DescribeInstancesCommand({ InstanceIds: [planned.physicalId] }))).Reservations?.[0]?.Instances?.[0];
      if (found?.ImageId !== config.imageId || found?.InstanceType !== config.instanceType) {
        const reason = `instance ${planned.physicalId} would need replacing (image or type changed): destroy the lab and deploy it again`;
        throw new DeployError('template-error', `Template error at Resources.${ctx.logicalId}: ${reason}`, { path: `Resources.${ctx.logicalId}`, reason });
      }
      await send(ctx, (sdk) => new sdk.CreateTagsCommand(retagInput(config.scope, planned.physicalId, config.tags, ctx)));
      return 'updated';
    }
    await send(ctx, (sdk) => new sdk.RunInstancesCommand({
      MinCount: 1,
      MaxCount: 1,
      ImageId: config.imageId,
      InstanceType: config.instanceType as 't3.micro',
      IamInstanceProfile: config.profile ? { Name: config.profile } : undefined,
      SecurityGroupIds: config.securityGroupIds,
      SubnetId: config.subnetId,
      Placement: config.availabilityZone ? { AvailabilityZone: config.availabilityZone } : undefined,
      UserData: config.userData,
      BlockDeviceMappings: config.blockDevices,
      LaunchTemplate: config.launchTemplate,
      TagSpecifications: tagSpecification(config.scope, 'instance', config.tags, ctx),
    }));
    return 'created';
  },
  async remove(planned, _p, ctx) {
    const result = await deleteIfThere(() => send(ctx, (sdk) => new sdk.TerminateInstancesCommand({ InstanceIds: [planned.physicalId] })));
    // Its security group cannot be deleted until the instance is gone.
    if (result === 'deleted') {
      const [sdk, factory] = await Promise.all([ec2Sdk(), ec2Client()]);
      await sdk.waitUntilInstanceTerminated({ client: ctx.clients.get(factory), maxWaitTime: 600, minDelay: 2 }, { InstanceIds: [planned.physicalId] });
    }
    return result;
  },
};

export const INSTANCE_HANDLERS: readonly ResourceHandler[] = [securityGroupHandler, launchTemplateHandler, instanceHandler];
