import { parseArgs } from 'node:util';
import { API_MESSAGES } from '../api/messages.ts';
import { DEFAULT_API_PORT, DEFAULT_SITE_ORIGINS, parseOrigin, startApi } from '../api/server.ts';
import { MESSAGES } from '../messages.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { TARGET_FLAGS, targetFromFlags } from './options.ts';

/**
 * `nubelab api`: serves the course site's "check my progress" button until stopped. The target
 * flags are the same as `check`'s, so the page grades exactly what the terminal would.
 */
export async function apiCommand(ctx: CommandContext, args: string[], stopped: Promise<void> = untilSignal()): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...TARGET_FLAGS, port: { type: 'string' }, 'allow-origin': { type: 'string', multiple: true }, lang: { type: 'string' } },
  });
  const m = API_MESSAGES[ctx.lang];
  const port = parseApiPort(ctx, values.port);
  const origins = (values['allow-origin'] ?? [...DEFAULT_SITE_ORIGINS]).map((origin) => {
    try {
      return parseOrigin(origin);
    } catch {
      throw new CliError(m.badOrigin(origin));
    }
  });
  const target = targetFromFlags(ctx, values);
  let api;
  try {
    api = await startApi({ port, target, allowedOrigins: origins });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') throw new CliError(m.portInUse(port));
    throw error;
  }
  const where = target.endpoint ?? `AWS (${target.region}${target.profile ? `, ${target.profile}` : ''})`;
  ctx.io.stdout(`${m.listening(api.url, where, origins.join(', '))}\n${m.stopHint}\n`);
  await stopped;
  await api.close();
  return EXIT.ok;
}

function parseApiPort(ctx: CommandContext, value: string | undefined): number {
  if (value === undefined) return DEFAULT_API_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(MESSAGES[ctx.lang].badValue('port', value, API_MESSAGES[ctx.lang].portRange));
  return port;
}

/** Resolves on Ctrl+C or a polite kill, so the socket is closed before the process exits. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
