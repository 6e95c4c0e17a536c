import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graderPolicy } from './services/index.ts';
import { checkCommand } from './commands/check.ts';
import { emulatorCommand } from './commands/emulator.ts';
import { CliError, EXIT, type CliIo, type CommandContext } from './commands/io.ts';
import { invocationName } from './commands/invocation.ts';
import { labsCommand } from './commands/labs.ts';
import { HELP, isHelpTopic } from './help.ts';
import { isLang, langFromEnv, type Lang } from './core/i18n.ts';
import { MESSAGES } from './messages.ts';
import { ROOT } from './paths.ts';

/** `--lang` is read before anything else, so even an argument error is reported in the learner's language. */
export function pickLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(env);
}

type Command = (ctx: CommandContext, args: string[]) => Promise<number>;

/** Deploy pulls in aws-cdk-lib, so it is loaded only when asked for: `check` stays fast. */
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  emulator: emulatorCommand,
  labs: (ctx) => labsCommand(ctx),
  api: async (ctx, args) => (await import('./commands/api.ts')).apiCommand(ctx, args),
  'grader-policy': async (ctx) => {
    ctx.io.stdout(JSON.stringify(graderPolicy(), null, 2) + '\n');
    return EXIT.ok;
  },
  deploy: async (ctx, args) => (await import('./commands/deploy.ts')).deployCommand(ctx, args, 'deploy'),
  destroy: async (ctx, args) => (await import('./commands/deploy.ts')).deployCommand(ctx, args, 'destroy'),
};

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Whether argv asks for help, and about what: `--help`, `help [cmd]`, `<cmd> --help`, `<cmd> -h`. */
function helpRequest(argv: string[]): { topic?: string } | undefined {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') return {};
  if (name === 'help') return { topic: args[0] };
  if (args.includes('--help') || args.includes('-h')) return { topic: name };
  return undefined;
}

/** Runs one CLI invocation and returns its exit code. The only I/O is through `io`. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const lang = pickLang(argv, io.env);
  const cli = invocationName(io.env);
  const ctx: CommandContext = { io, lang, cli };
  const m = MESSAGES[lang];
  const [name, ...args] = argv;
  try {
    const help = helpRequest(argv);
    if (help) {
      if (help.topic === undefined) {
        io.stdout(HELP[lang].general(cli) + '\n');
        return EXIT.ok;
      }
      if (!isHelpTopic(help.topic)) throw new CliError(m.unknownCommand(help.topic, cli));
      io.stdout(HELP[lang][help.topic](cli) + '\n');
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`nubelab ${version()}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[name!];
    if (!command) throw new CliError(m.unknownCommand(name!, cli));
    return await command(ctx, args);
  } catch (error) {
    io.stderr(`nubelab: ${describe(error, lang, cli)}\n`);
    return EXIT.couldNotRun;
  }
}

function describe(error: unknown, lang: Lang, cli: string): string {
  const m = MESSAGES[lang];
  if (error instanceof CliError) return error.message;
  const code = (error as { code?: string }).code ?? '';
  // node:util parseArgs reports unknown flags and missing values with these codes.
  if (code.startsWith('ERR_PARSE_ARGS')) {
    const message = (error as Error).message;
    const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? message;
    return code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? m.unknownFlag(flag, cli) : m.badFlag(flag, cli);
  }
  return m.unexpected(error instanceof Error ? error.message : String(error));
}
