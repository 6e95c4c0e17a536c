import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, VENV_BIN } from '../../checker/paths.ts';

/** Runs a lab's steps.sh with the real AWS CLI (from the project's virtualenv) against an endpoint. */
export function runLabSteps(labId: string, endpoint: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', [join(ROOT, 'labs', labId, 'steps.sh')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: `${VENV_BIN}:${process.env.PATH}`,
      HOME: process.env.HOME ?? '/tmp',
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1',
      // Keep a developer's own AWS configuration out of the test.
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`steps.sh exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}
