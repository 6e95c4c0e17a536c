import type { PermissionInfo, SecurityGroupInfo } from '../../checker/services/ec2/types.ts';

/**
 * Judges an instance's inbound rules the way the lesson asks: SSH (TCP 22) reaches it only from
 * EC2 Instance Connect's prefix list, a single address (/32, /128) or another security group
 * (an Instance Connect Endpoint's), and no port at all is open to the whole internet.
 */

export const SSH_PORT = 22;
const WORLD = new Set(['0.0.0.0/0', '::/0']);

export const instanceConnectListName = (region: string) => `com.amazonaws.${region}.ec2-instance-connect`;

const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** `tcp 22`, `tcp 1024-65535`, `all traffic`. */
export function portsOf(p: PermissionInfo): string {
  if (p.protocol === '-1') return 'all traffic';
  const name = PROTOCOL_NAMES[p.protocol] ?? `protocol ${p.protocol}`;
  if (p.fromPort === undefined || p.fromPort === -1) return name;
  return p.fromPort === p.toPort ? `${name} ${p.fromPort}` : `${name} ${p.fromPort}-${p.toPort}`;
}

/** Whether the rule lets TCP port 22 in: an all-traffic rule does, and so does a TCP range that spans it. */
export function coversSsh(p: PermissionInfo): boolean {
  if (p.protocol === '-1') return true;
  return p.protocol === '6' && (p.fromPort ?? 0) <= SSH_PORT && SSH_PORT <= (p.toPort ?? 65535);
}

const isSingleAddress = (cidr: string) => cidr.endsWith(cidr.includes(':') ? '/128' : '/32');

export interface IngressFinding {
  group: string;
  rule: string;
  source: string;
}

export interface IngressVerdict {
  /** Rules open to 0.0.0.0/0 or ::/0, any port. */
  openToWorld: IngressFinding[];
  /** SSH from a source that is not Instance Connect's list, a single address or a group. */
  wideSsh: IngressFinding[];
  /** Where SSH is allowed from, when it is allowed well. */
  sshSources: string[];
}

export function judgeIngress(groups: readonly SecurityGroupInfo[], instanceConnectListId: string | undefined): IngressVerdict {
  const verdict: IngressVerdict = { openToWorld: [], wideSsh: [], sshSources: [] };
  for (const group of groups) {
    for (const rule of group.ingress) {
      const at = (source: string): IngressFinding => ({ group: `${group.name} (${group.id})`, rule: portsOf(rule), source });
      const addresses = [...rule.ipv4Ranges, ...rule.ipv6Ranges];
      for (const cidr of addresses.filter((c) => WORLD.has(c))) verdict.openToWorld.push(at(cidr));
      if (!coversSsh(rule)) continue;
      for (const cidr of addresses.filter((c) => !WORLD.has(c))) {
        if (isSingleAddress(cidr)) verdict.sshSources.push(cidr);
        else verdict.wideSsh.push(at(cidr));
      }
      for (const list of rule.prefixListIds) {
        if (list === instanceConnectListId) verdict.sshSources.push(`${list} (EC2 Instance Connect)`);
        else verdict.wideSsh.push(at(list));
      }
      verdict.sshSources.push(...rule.groupIds.map((id) => `security group ${id}`));
    }
  }
  return verdict;
}

export const describeFinding = (f: IngressFinding) => `${f.group}: ${f.rule} from ${f.source}`;
