import { labs } from '../../labs/index.ts';
import { MESSAGES } from '../messages.ts';
import { EXIT, type CommandContext } from './io.ts';

/** `nubelab labs`: every lab in course order, with its check count, what it builds on and what it is about. */
export async function labsCommand(ctx: CommandContext): Promise<number> {
  const m = MESSAGES[ctx.lang];
  const lines = labs.flatMap((lab) => [
    `  ${lab.id.padEnd(22)} ${lab.title[ctx.lang]} (${lab.checks.length})${lab.requires?.length ? `  ← ${lab.requires.join(', ')}` : ''}`,
    `  ${''.padEnd(22)} ${lab.summary[ctx.lang]}`,
  ]);
  ctx.io.stdout([m.labsHeader, ...lines].join('\n') + '\n');
  return EXIT.ok;
}
