import type { Localized } from '../../checker/core/i18n.ts';
import type { NetworkAclEntryInfo } from '../../checker/services/ec2/types.ts';

/**
 * Evaluates a network ACL the way AWS does: for each packet, the entries of its direction and
 * address family are tried by rule number, the first that matches decides, and what nothing
 * matches is denied. Instead of trying packets one by one, the traffic space is cut into cells
 * (protocol × port interval × address interval) along every boundary an entry draws, so every
 * packet of a cell gets the same decision and a handful of cells cover everything.
 */

export const TCP = '6';
const PORT_PROTOCOLS = new Set(['6', '17']);
const ICMP_PROTOCOLS = new Set(['1', '58']);
const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '6': 'TCP', '17': 'UDP', '1': 'ICMP', '58': 'ICMPv6' };
const ALL_PORTS = { from: 0, to: 65535 };

/** Inbound web traffic the public subnets must accept (and the only traffic they may). */
export const WEB_PORTS = [80, 443] as const;
export const EPHEMERAL = { from: 1024, to: 65535 } as const;

type Family = 'ipv4' | 'ipv6';
type Range = { from: bigint; to: bigint };

/** The first and last address of a CIDR block, as integers. */
export function cidrRange(cidr: string): Range {
  const [address = '', bits = ''] = cidr.split('/');
  const family: Family = address.includes(':') ? 'ipv6' : 'ipv4';
  const width = family === 'ipv4' ? 32n : 128n;
  const value = family === 'ipv4' ? ipv4Value(address) : ipv6Value(address);
  const prefix = BigInt(bits === '' ? Number(width) : Number(bits));
  const size = 1n << (width - prefix);
  const from = (value / size) * size;
  return { from, to: from + size - 1n };
}

const ipv4Value = (address: string) => address.split('.').reduce((n, part) => n * 256n + BigInt(Number(part)), 0n);

function ipv6Value(address: string): bigint {
  const [head = '', tail] = address.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const middle = Array(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].reduce((n, group) => n * 65536n + BigInt(parseInt(group || '0', 16)), 0n);
}

const familyOf = (entry: NetworkAclEntryInfo): Family | undefined => (entry.cidrBlock ? 'ipv4' : entry.ipv6CidrBlock ? 'ipv6' : undefined);
const cidrOf = (entry: NetworkAclEntryInfo) => entry.cidrBlock ?? entry.ipv6CidrBlock ?? '';

export interface Cell {
  protocol: string;
  ports: { from: number; to: number };
  addresses: Range;
  /** The entry that decides this cell; undefined: none matches, the final `*` rule denies. */
  decidedBy?: NetworkAclEntryInfo;
}

const WHOLE: Record<Family, Range> = { ipv4: { from: 0n, to: (1n << 32n) - 1n }, ipv6: { from: 0n, to: (1n << 128n) - 1n } };

/** Cuts [from, to] where a new interval starts (bigints, so IPv6 addresses fit), returning the pieces. */
function pieces(from: bigint, to: bigint, starts: readonly bigint[]): Range[] {
  const cuts = [...new Set([from, ...starts.filter((s) => s > from && s <= to)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return cuts.map((start, i) => ({ from: start, to: i + 1 < cuts.length ? cuts[i + 1]! - 1n : to }));
}

const portPieces = (starts: readonly number[]) =>
  pieces(0n, 65535n, starts.map(BigInt)).map((p) => ({ from: Number(p.from), to: Number(p.to) }));

function matches(entry: NetworkAclEntryInfo, cell: Omit<Cell, 'decidedBy'>): boolean {
  if (entry.protocol !== '-1' && entry.protocol !== cell.protocol) return false;
  if (entry.protocol !== '-1' && PORT_PROTOCOLS.has(cell.protocol)) {
    const ports = entry.portRange ?? ALL_PORTS;
    if (cell.ports.from < ports.from || cell.ports.to > ports.to) return false;
  }
  // An entry for one ICMP type is read on the safe side: it may allow, but never denies the whole protocol.
  if (entry.protocol !== '-1' && ICMP_PROTOCOLS.has(cell.protocol) && entry.icmpType !== undefined && entry.icmpType !== -1 && entry.action === 'deny') return false;
  const range = cidrRange(cidrOf(entry));
  return cell.addresses.from >= range.from && cell.addresses.to <= range.to;
}

/** Every cell of one direction and address family, each with the entry that decides it. */
export function evaluate(entries: readonly NetworkAclEntryInfo[], egress: boolean, family: Family): Cell[] {
  const rules = entries.filter((e) => e.egress === egress && familyOf(e) === family).sort((a, b) => a.ruleNumber - b.ruleNumber);
  // TCP is always judged (web traffic is TCP); "other" stands for every protocol no entry names,
  // which only all-protocol entries reach.
  const protocols = [...new Set([TCP, ...rules.map((e) => e.protocol).filter((p) => p !== '-1')]), 'other'];
  const addressStarts = rules.flatMap((e) => {
    const r = cidrRange(cidrOf(e));
    return [r.from, r.to + 1n];
  });
  const cells: Cell[] = [];
  for (const protocol of protocols) {
    // TCP is also cut where the web ports and the ephemeral range start and end, so a message can
    // name exactly the ports outside them.
    const webStarts = protocol === TCP ? [...WEB_PORTS.flatMap((p) => [p, p + 1]), EPHEMERAL.from] : [];
    const portStarts = PORT_PROTOCOLS.has(protocol)
      ? [...webStarts, ...rules.filter((e) => e.protocol === protocol && e.portRange).flatMap((e) => [e.portRange!.from, e.portRange!.to + 1])]
      : [];
    for (const ports of PORT_PROTOCOLS.has(protocol) ? portPieces(portStarts) : [ALL_PORTS]) {
      for (const addresses of pieces(WHOLE[family].from, WHOLE[family].to, addressStarts)) {
        const cell = { protocol, ports, addresses };
        cells.push({ ...cell, decidedBy: rules.find((e) => matches(e, cell)) });
      }
    }
  }
  return cells;
}

const allowed = (cell: Cell) => cell.decidedBy?.action === 'allow';

const isWeb = (cell: Cell) =>
  cell.protocol === TCP &&
  (WEB_PORTS.some((p) => cell.ports.from === p && cell.ports.to === p) || (cell.ports.from >= EPHEMERAL.from && cell.ports.to <= EPHEMERAL.to));

const portText = (p: { from: number; to: number }) => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`);

/** `TCP 22`, `UDP 0-65535`, `ICMP`; undefined for every protocol (`-1`) or for protocols no rule names. */
function trafficText(protocol: string, ports?: { from: number; to: number }): string | undefined {
  if (protocol === '-1' || protocol === 'other') return undefined;
  const name = PROTOCOL_NAMES[protocol] ?? `protocol ${protocol}`;
  return PORT_PROTOCOLS.has(protocol) && ports ? `${name} ${portText(ports)}` : name;
}

/** How a rule reads in a message: `rule 100 (TCP 0-65535 from 0.0.0.0/0)`, in either language. */
export function describeEntry(entry: NetworkAclEntryInfo): Localized {
  const traffic = trafficText(entry.protocol, entry.portRange);
  const cidr = cidrOf(entry);
  return {
    es: `regla ${entry.ruleNumber} (${traffic ?? 'todo el tráfico'} ${entry.egress ? 'hacia' : 'desde'} ${cidr})`,
    en: `rule ${entry.ruleNumber} (${traffic ?? 'all traffic'} ${entry.egress ? 'to' : 'from'} ${cidr})`,
  };
}

function cellTraffic(cell: Cell): Localized {
  const text = trafficText(cell.protocol, cell.ports);
  return text ? { es: text, en: text } : { es: 'otros protocolos', en: 'other protocols' };
}

/** Allowed inbound traffic outside the web ports and the ephemeral range, one sentence per deciding rule. */
export function extraTraffic(entries: readonly NetworkAclEntryInfo[]): Localized[] {
  const byRule = new Map<NetworkAclEntryInfo, Localized[]>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    for (const cell of evaluate(entries, false, family).filter((c) => allowed(c) && !isWeb(c))) {
      byRule.set(cell.decidedBy!, [...(byRule.get(cell.decidedBy!) ?? []), cellTraffic(cell)]);
    }
  }
  const unique = (items: Localized[], lang: keyof Localized) => [...new Set(items.map((t) => t[lang]))].join(', ');
  return [...byRule.entries()]
    .sort(([a], [b]) => a.ruleNumber - b.ruleNumber)
    .map(([entry, traffic]) => ({
      es: `la ${describeEntry(entry).es} deja entrar ${unique(traffic, 'es')}`,
      en: `${describeEntry(entry).en} lets in ${unique(traffic, 'en')}`,
    }));
}

const fromAnywhere = (cell: Cell) => allowed(cell) && cell.decidedBy?.cidrBlock === '0.0.0.0/0';

/**
 * TCP ports in [from, to] that no allow rule for 0.0.0.0/0 opens in `direction`. A port counts
 * as open when such a rule decides it for some addresses: deny rules placed before it for
 * particular ranges (an abusive network) are fine.
 */
export function closedTcpPorts(entries: readonly NetworkAclEntryInfo[], egress: boolean, from: number, to: number): string[] {
  const cells = evaluate(entries, egress, 'ipv4').filter((c) => c.protocol === TCP && c.ports.to >= from && c.ports.from <= to);
  const open = new Set(cells.filter(fromAnywhere).map((c) => `${c.ports.from}-${c.ports.to}`));
  const closed = cells.filter((c) => !open.has(`${c.ports.from}-${c.ports.to}`)).map((c) => portText({ from: Math.max(c.ports.from, from), to: Math.min(c.ports.to, to) }));
  return [...new Set(closed)];
}
