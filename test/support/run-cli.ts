import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../checker/paths.ts';

/** Runs the real `nubelab` executable in a child process, as a user would. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nubelab.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
