import { fail } from '../../checker/core/define.ts';
import type { CheckContext, GradedResource, Outcome } from '../../checker/core/types.ts';
import type { RouteTableInfo, SubnetInfo, VpcInfo } from '../../checker/services/ec2/types.ts';
import { applyGraderChoice, gradedEntry, hasOwnerTags, KIND } from '../shared/graded.ts';
import { namedLikeLesson } from '../shared/lesson-names.ts';
import { didYouMean, nearMisses, withSentence } from '../shared/near-miss.ts';

/**
 * How the vpc-network lab finds and reads the learner's network: the VPC is the one whose Name
 * tag the lesson gives (`nubelab-vpc`, or `nubelab-vpc-<suffix>` in a shared account), and a
 * subnet is public or private by what its route table does, not by its name.
 */

export const VPC_NAME = 'nubelab-vpc';

export interface GradedVpc extends VpcInfo {
  name: string;
  /** Other VPCs named like the lesson, which were not graded. */
  others: string[];
}

interface VpcSearch {
  graded?: GradedVpc;
  /** What was seen, for the evidence when nothing matched. */
  seen: { id: string; name?: string; cidrBlock: string }[];
}

/** The graded VPC: Name tag exactly `nubelab-vpc` first, else `nubelab-vpc-…` (the lowest id, so runs agree). */
export function findVpc(ctx: CheckContext): Promise<VpcSearch> {
  return ctx.derive('vpc-network:vpc', async () => {
    const vpcs = await ctx.ec2.vpcs();
    const named = vpcs.map((v) => ({ ...v, name: v.tags.Name ?? '' })).sort((a, b) => a.id.localeCompare(b.id));
    const [graded, ...rest] = await applyGraderChoice(ctx, namedLikeLesson(named, VPC_NAME), (v) => [v.name, v.id], (v) => hasOwnerTags(v.tags));
    const seen = vpcs.map((v) => ({ id: v.id, name: v.tags.Name, cidrBlock: v.cidrBlock }));
    return { graded: graded && { ...graded, others: rest.map((v) => `${v.name} (${v.id})`) }, seen };
  });
}

/** The lab's header entry: the graded VPC, marked when `nubelab deploy` created it. */
export async function gradedVpc(ctx: CheckContext): Promise<GradedResource[]> {
  const { graded } = await findVpc(ctx);
  return gradedEntry(KIND.vpc, graded && { name: `${graded.name} (${graded.id})`, others: graded.others }, () => hasOwnerTags(graded!.tags));
}

export function noVpc(ctx: CheckContext, seen: VpcSearch['seen']): Outcome {
  const misses = nearMisses(VPC_NAME, seen.flatMap((v) => (v.name ? [v.name] : [])));
  return fail(
    withSentence({
      es: `No hay ninguna VPC con la etiqueta Name=${VPC_NAME} (ni ${VPC_NAME}-…) en la región ${ctx.settings.region}.`,
      en: `There is no VPC tagged Name=${VPC_NAME} (nor ${VPC_NAME}-…) in region ${ctx.settings.region}.`,
    }, didYouMean(misses)),
    { lookedFor: { tag: `Name=${VPC_NAME}`, orPrefix: `${VPC_NAME}-`, region: ctx.settings.region }, vpcsSeen: seen, ...(misses.length ? { didYouMean: misses } : {}) },
  );
}

/** Runs `judge` on the graded VPC, or fails plainly when there is none. */
export async function withVpc(ctx: CheckContext, judge: (vpc: GradedVpc) => Promise<Outcome>): Promise<Outcome> {
  const { graded, seen } = await findVpc(ctx);
  if (!graded) return noVpc(ctx, seen);
  return judge(graded);
}

export type SubnetRole = 'public' | 'private' | 'partial';

export interface ClassifiedSubnet extends SubnetInfo {
  name?: string;
  routeTableId: string;
  role: SubnetRole;
  /** Routes of its table that lead to an internet gateway. */
  igwRoutes: string[];
}

export interface NetworkLayout {
  vpc: GradedVpc;
  /** Internet gateways attached to the VPC. */
  gatewayIds: string[];
  subnets: ClassifiedSubnet[];
}

const isIgw = (target: string) => target.startsWith('igw-');

/**
 * A subnet uses its explicitly associated route table, or else the VPC's main one. It is public
 * when that table sends 0.0.0.0/0 to an internet gateway attached to this VPC; private when no
 * route of it leads to any internet gateway (IPv4 or IPv6; a NAT gateway is fine); anything in
 * between (say, one address range to the gateway) is neither.
 */
export function classify(subnet: SubnetInfo, tables: readonly RouteTableInfo[], gatewayIds: readonly string[]): ClassifiedSubnet {
  const table = tables.find((t) => t.subnetIds.includes(subnet.id)) ?? tables.find((t) => t.main);
  const routes = table?.routes ?? [];
  const igwRoutes = routes.filter((r) => isIgw(r.target)).map((r) => `${r.destination} → ${r.target}`);
  const defaultToGateway = routes.some((r) => r.destination === '0.0.0.0/0' && gatewayIds.includes(r.target) && r.state !== 'blackhole');
  const role: SubnetRole = defaultToGateway ? 'public' : igwRoutes.length === 0 ? 'private' : 'partial';
  return { ...subnet, name: subnet.tags.Name, routeTableId: table?.id ?? '', role, igwRoutes };
}

/** The VPC's subnets, each classified, with the attached gateways. Read once per run. */
export function networkLayout(ctx: CheckContext, vpc: GradedVpc): Promise<NetworkLayout> {
  return ctx.derive(`vpc-network:layout:${vpc.id}`, async () => {
    const [subnets, tables, gateways] = await Promise.all([ctx.ec2.subnets(vpc.id), ctx.ec2.routeTables(vpc.id), ctx.ec2.internetGateways(vpc.id)]);
    const gatewayIds = gateways.filter((g) => g.attachedVpcIds.includes(vpc.id)).map((g) => g.id);
    return { vpc, gatewayIds, subnets: subnets.map((s) => classify(s, tables, gatewayIds)) };
  });
}

/** Availability Zones that hold at least one subnet of `role`, in name order. */
export function zonesWith(layout: NetworkLayout, role: SubnetRole): string[] {
  return [...new Set(layout.subnets.filter((s) => s.role === role).map((s) => s.availabilityZone))].sort();
}

/** Evidence about subnets: id, name, zone, CIDR, role and the table deciding it. */
export const subnetEvidence = (subnets: readonly ClassifiedSubnet[]) =>
  subnets.map((s) => ({ id: s.id, name: s.name, zone: s.availabilityZone, cidrBlock: s.cidrBlock, role: s.role, routeTable: s.routeTableId, igwRoutes: s.igwRoutes }));
