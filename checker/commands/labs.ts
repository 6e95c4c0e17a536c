import { labs } from '../../labs/index.ts';
import { MESSAGES } from '../messages.ts';
import { EXIT, type CommandContext } from './io.ts';

export async function labsCommand(ctx: CommandContext): Promise<number> {
  const lines = labs.map((lab) => `  ${lab.id.padEnd(16)} ${lab.title[ctx.lang]} (${lab.checks.length})`);
  ctx.io.stdout([MESSAGES[ctx.lang].labsHeader, ...lines].join('\n') + '\n');
  return EXIT.ok;
}
