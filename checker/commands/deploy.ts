import { parseArgs } from 'node:util';
import { isNetworkError } from '../aws/errors.ts';
import { DEFAULT_LEARNER, deployLab, destroyLab, isDeployError, type DeployEvent } from '../deploy/index.ts';
import { findLab } from '../../labs/index.ts';
import { MESSAGES } from '../messages.ts';
import { ERROR_TEXT, EVENT_TEXT } from './deploy-messages.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { TARGET_FLAGS, targetFromFlags } from './options.ts';

/** `nubelab deploy|destroy <lab>`: the instructor's reference solution, with progress as it goes. */

/**
 * The `check` that grades what was just deployed: the same target options, so on a shared engine
 * (--account) or another endpoint the learner grades the right place.
 */
function checkCommand(cli: string, labId: string, values: Record<string, unknown>): string {
  const carried = Object.keys(TARGET_FLAGS).filter((k) => typeof values[k] === 'string' && values[k] !== '');
  return [`${cli} check ${labId}`, ...carried.map((k) => `--${k} ${String(values[k])}`)].join(' ');
}

export async function deployCommand(ctx: CommandContext, args: string[], action: 'deploy' | 'destroy'): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...TARGET_FLAGS, learner: { type: 'string', default: DEFAULT_LEARNER }, lang: { type: 'string' } },
  });
  const m = MESSAGES[ctx.lang];
  if (positionals.length !== 1) throw new CliError(m.oneLabOnly);
  const labId = positionals[0]!;
  const target = targetFromFlags(ctx, values);
  const where = target.endpoint ?? `AWS ${target.region}`;

  const print = (event: DeployEvent) => {
    const render = EVENT_TEXT[ctx.lang][event.kind] as (e: DeployEvent) => string | undefined;
    const line = render(event);
    if (line !== undefined) ctx.io.stderr(line + '\n');
  };
  ctx.io.stderr((action === 'deploy' ? m.deploying(labId, where) : m.destroying(labId, where)) + '\n');
  try {
    const options = { target, learner: values.learner, onProgress: print };
    // A lab that builds on others (iam-role grades the bucket of s3-bucket) needs them in place to pass.
    const required = requiredLabs(labId);
    if (action === 'deploy') {
      for (const id of required) {
        ctx.io.stderr(m.deployingRequired(labId, id) + '\n');
        await deployLab(id, options);
      }
    }
    const result = action === 'deploy' ? await deployLab(labId, options) : await destroyLab(labId, options);
    if (action === 'destroy') for (const id of required) ctx.io.stderr(m.keptRequired(labId, id, ctx.cli) + '\n');
    const seconds = (result.durationMs / 1000).toFixed(1);
    ctx.io.stdout((action === 'deploy' ? m.deployed(labId, seconds, checkCommand(ctx.cli, labId, values)) : m.destroyed(labId, seconds)) + '\n');
    return EXIT.ok;
  } catch (error) {
    if (isDeployError(error)) throw new CliError(m.deployFailed(ERROR_TEXT[ctx.lang][error.code](error.details)));
    if (isNetworkError(error)) throw new CliError(target.kind === 'emulator' ? m.unreachableEmulator(where, ctx.cli) : m.unreachable(where));
    throw error;
  }
}

/** The labs `labId` builds on, prerequisites' own prerequisites first, each once. */
export function requiredLabs(labId: string, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const id of findLab(labId)?.requires ?? []) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(...requiredLabs(id, seen), id);
  }
  return out;
}
