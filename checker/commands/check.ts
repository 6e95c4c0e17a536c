import { parseArgs } from 'node:util';
import { isNetworkError } from '../aws/errors.ts';
import { MESSAGES } from '../messages.ts';
import { REPORTERS, REPORTER_NAMES, type ReporterName } from '../reporters/index.ts';
import { runChecks } from '../run.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { labsFromArgs, oneOf, TARGET_FLAGS, targetFromFlags } from './options.ts';

export async function checkCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...TARGET_FLAGS, all: { type: 'boolean', default: false }, format: { type: 'string' }, lang: { type: 'string' } },
  });
  const format = oneOf<ReporterName>(ctx, 'format', values.format, REPORTER_NAMES) ?? 'human';
  const labs = labsFromArgs(ctx, positionals, values.all);
  const target = targetFromFlags(ctx, values);
  const m = MESSAGES[ctx.lang];

  let result;
  try {
    result = await runChecks({ labs, target });
  } catch (error) {
    const where = target.endpoint ?? `AWS (${target.region})`;
    if (isNetworkError(error)) throw new CliError(target.kind === 'emulator' ? m.unreachableEmulator(where) : m.unreachable(where));
    throw new CliError(m.credentialsProblem(error instanceof Error ? error.message : String(error)));
  }
  ctx.io.stdout(REPORTERS[format](result, { lang: ctx.lang, color: ctx.io.color && format === 'human' }));
  // not_applicable is an emulator gap, never the learner's failure.
  const allPass = result.labs.every((lab) => lab.checks.every((c) => c.status === 'pass' || c.status === 'not_applicable'));
  return allPass ? EXIT.ok : EXIT.failed;
}
