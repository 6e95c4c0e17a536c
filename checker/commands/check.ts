import { parseArgs } from 'node:util';
import type { Finding, RunResult } from '../core/types.ts';
import { REPORTERS, REPORTER_NAMES, type ReporterName } from '../reporters/index.ts';
import { runChecks, TargetFailure } from '../run.ts';
import { CliError, EXIT, type CommandContext } from './io.ts';
import { labsFromArgs, oneOf, TARGET_FLAGS, targetFromFlags } from './options.ts';

/** A check that says nothing about the learner's work: the target failed it, or it waited on one that did. */
const unevaluated = (f: Finding) => f.status === 'error' || (f.status === 'skipped' && f.evidence.unmetStatus === 'error');

/** Nothing could be evaluated: every check errored (the target stopped or failed), so a report would only list errors. */
function nothingEvaluated(result: RunResult): boolean {
  const findings = result.labs.flatMap((lab) => lab.checks);
  return findings.length > 0 && findings.every(unevaluated) && findings.some((f) => f.status === 'error');
}

export async function checkCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...TARGET_FLAGS,
      all: { type: 'boolean', default: false },
      format: { type: 'string' },
      lang: { type: 'string' },
      resource: { type: 'string', multiple: true },
      'exclude-reference': { type: 'boolean', default: false },
    },
  });
  const format = oneOf<ReporterName>(ctx, 'format', values.format, REPORTER_NAMES) ?? 'human';
  const labs = labsFromArgs(ctx, positionals, values.all);
  const target = targetFromFlags(ctx, values);
  const settings = { resource: values.resource ?? [], excludeReference: values['exclude-reference'] };

  let result: RunResult;
  try {
    result = await runChecks({ labs, target, settings, cli: ctx.cli });
  } catch (error) {
    if (error instanceof TargetFailure) throw new CliError(error.description[ctx.lang]);
    throw error;
  }
  // One line, exit 2: a list of identical error rows would teach nothing.
  if (nothingEvaluated(result) && result.problem) throw new CliError(result.problem[ctx.lang]);
  ctx.io.stdout(REPORTERS[format](result, { lang: ctx.lang, color: ctx.io.color && format === 'human' }));
  // not_applicable is an emulator gap, never the learner's failure; a skip is not a failure of its own.
  const allPass = result.labs.every((lab) => lab.checks.every((c) => c.status === 'pass' || c.status === 'not_applicable' || c.status === 'skipped'));
  return allPass ? EXIT.ok : EXIT.failed;
}
