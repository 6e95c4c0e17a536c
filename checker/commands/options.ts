import { MESSAGES } from '../messages.ts';
import { DEFAULT_EMULATOR_PORT, TARGET_KINDS, type TargetKind, resolveTarget, type Target } from '../aws/target.ts';
import { findLab, labs } from '../../labs/index.ts';
import type { LabDefinition } from '../core/types.ts';
import { CliError, type CommandContext } from './io.ts';

/** Flags shared by every command that talks to an account. */
export const TARGET_FLAGS = {
  target: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  account: { type: 'string' },
} as const;

export function oneOf<T extends string>(ctx: CommandContext, flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(MESSAGES[ctx.lang].badValue(flag, value, allowed.join(', ')));
  return value as T;
}

export function parsePort(ctx: CommandContext, value: string | undefined): number {
  if (value === undefined) return DEFAULT_EMULATOR_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(MESSAGES[ctx.lang].badValue('port', value, '1–65535'));
  return port;
}

export function parseEndpoint(ctx: CommandContext, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    /* fall through */
  }
  throw new CliError(MESSAGES[ctx.lang].badValue('endpoint', value, 'http(s)://host:port'));
}

export function parseRegion(ctx: CommandContext, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(value)) throw new CliError(MESSAGES[ctx.lang].badValue('region', value, 'us-east-1, eu-west-1, …'));
  return value;
}

/** `--account`: 12 digits, and only on an emulator (on AWS the credentials decide the account). */
export function parseAccount(ctx: CommandContext, value: string | undefined, kind: TargetKind | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{12}$/.test(value) || kind === 'aws') throw new CliError(MESSAGES[ctx.lang].badValue('account', value, '123456789012 (--target emulator)'));
  return value;
}

export function targetFromFlags(ctx: CommandContext, values: { target?: string; endpoint?: string; region?: string; profile?: string; account?: string }): Target {
  const kind = oneOf<TargetKind>(ctx, 'target', values.target, TARGET_KINDS);
  return resolveTarget(
    { kind, endpoint: parseEndpoint(ctx, values.endpoint), region: parseRegion(ctx, values.region), profile: values.profile, account: parseAccount(ctx, values.account, kind) },
    ctx.io.env,
  );
}

export function labsFromArgs(ctx: CommandContext, ids: string[], all: boolean): LabDefinition[] {
  if (all) return [...labs];
  if (ids.length === 0) throw new CliError(MESSAGES[ctx.lang].noLabGiven);
  return ids.map((id) => {
    const lab = findLab(id);
    if (!lab) throw new CliError(MESSAGES[ctx.lang].unknownLab(id, labs.map((l) => l.id).join(', ')));
    return lab;
  });
}
