#!/usr/bin/env node
// NubeLab's command line. It needs Node >= 22.12 (it runs TypeScript natively); when started by an
// older Node it re-runs itself with the Node 22 that `npm install` put in node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const localNode = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
  if (!existsSync(localNode) || process.env.NUBELAB_REEXEC) {
    console.error(`nubelab needs Node >= 22.12 (this is ${process.versions.node}). Run: npm run setup`);
    process.exit(2);
  }
  const child = spawnSync(localNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NUBELAB_REEXEC: '1' },
  });
  process.exit(child.status ?? 2);
}

const { main } = await import('../checker/cli.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
