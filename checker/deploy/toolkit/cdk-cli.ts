import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../../paths.ts';
import { DeployError } from '../errors.ts';
import type { ProgressListener } from '../events.ts';

/** The CDK CLI major version this project's cloud assemblies need (npm's `latest` 3.0.0 cannot read them). */
const EXPECTED_MAJOR = 2;

/**
 * The project's pinned CDK CLI script. It is run with this process's Node (22) rather than
 * through `node_modules/.bin/cdk`, whose `#!/usr/bin/env node` would pick the system Node.
 */
export function cdkCli(): { script: string; version: string } {
  const require = createRequire(join(ROOT, 'package.json'));
  const packageJson = require.resolve('aws-cdk/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  if (Number(version.split('.')[0]) !== EXPECTED_MAJOR) {
    throw new DeployError('toolkit-version', `The installed CDK CLI is ${version}; NubeLab needs ${EXPECTED_MAJOR}.x`, {
      version,
      expected: `${EXPECTED_MAJOR}.x`,
    });
  }
  return { script: join(dirname(packageJson), 'bin', 'cdk'), version };
}

// The CLI colours its output even when told not to in some places; events carry plain text.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs one CDK CLI command from the repository root (where cdk.json is) and streams every output
 * line as a `toolkit-output` event. Rejects with `toolkit-failed` on a non-zero exit.
 */
export function runCdk(args: readonly string[], env: NodeJS.ProcessEnv, emit: ProgressListener): Promise<void> {
  const { script } = cdkCli();
  emit({ kind: 'toolkit-command', args: [...args] });
  const lastLines: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const closed: Promise<void>[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      const lines = createInterface({ input: child[stream] });
      closed.push(new Promise((done) => lines.once('close', done)));
      lines.on('line', (raw) => {
        const line = raw.replace(ANSI, '');
        lastLines.push(line);
        if (lastLines.length > 20) lastLines.shift();
        emit({ kind: 'toolkit-output', stream, line });
      });
    }
    child.once('error', reject);
    child.once('close', async (exitCode) => {
      await Promise.all(closed);
      if (exitCode === 0) return resolve();
      reject(new DeployError('toolkit-failed', `cdk ${args[0]} failed (exit code ${exitCode})`, { command: args[0], exitCode, lastLines }));
    });
  });
}
