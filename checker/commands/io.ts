import type { Lang } from '../core/i18n.ts';

/** Everything a command may touch outside itself; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  color: boolean;
}

export interface CommandContext {
  io: CliIo;
  lang: Lang;
  /** `npx nubelab` or `nubelab`: how this run was started, for the commands messages suggest. */
  cli: string;
}

/** A problem with how the command was called or what it could reach: exit code 2, one line, no trace. */
export class CliError extends Error {
  override name = 'CliError';
}

export const EXIT = { ok: 0, failed: 1, couldNotRun: 2 } as const;
