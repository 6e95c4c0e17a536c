import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks, TargetFailure } from '../../checker/run.ts';
import { resolveTarget } from '../../checker/aws/target.ts';
import { findLab } from '../../labs/index.ts';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../checker/paths.ts';
import { runCli } from '../support/run-cli.ts';

/** runCli without blocking this process: the failing server below lives in it and must keep answering. */
function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'nubelab.mjs'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/**
 * When the target cannot answer, the checker says so once, in one line, with what to do, and
 * exits 2; it never blames the learner's resources. Two targets that cannot answer: a tiny local
 * HTTP server that answers 500 to everything, and a port where nothing listens.
 */

let server: Server;
let failing: string;
let closed: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    req.resume();
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('internal error');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  failing = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago: bind it, note it, release it.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('an endpoint that answers HTTP 500 to everything', () => {
  it('check exits 2 with one line naming the endpoint, the server errors and what to do (never "credentials: Unknown")', async () => {
    const { code, stdout, stderr } = await runCliAsync(['check', 's3-bucket', '--endpoint', failing, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${failing} answers the checker's reads with server errors (HTTP 500)`);
    expect(stderr).toContain('Restart it with nubelab emulator stop and nubelab emulator start, or check --endpoint.');
    expect(stderr).not.toMatch(/credentials|Unknown/);
    expect(requests).toBeGreaterThan(0);
  });

  it('in Spanish too, and with npx when started through npm', async () => {
    const { code, stderr } = await runCliAsync(['check', 's3-bucket', '--endpoint', failing], { npm_config_user_agent: 'npm/10.9.2 node/v22.12.0 linux x64' });
    expect(code).toBe(2);
    expect(stderr).toContain(`${failing} responde con errores del servidor (HTTP 500)`);
    expect(stderr).toContain('npx nubelab emulator stop');
  });

  it('runChecks throws a TargetFailure that the API and the terminal describe the same way', async () => {
    const error = await runChecks({ labs: [findLab('s3-bucket')!], target: resolveTarget({ endpoint: failing }, {}) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetFailure);
    expect((error as TargetFailure).problem).toBe('server_error');
  });
});

describe('a closed port', () => {
  it('check exits 2 with one line: nothing answers, start the emulator', () => {
    const { code, stdout, stderr } = runCli(['check', 'iam-role', '--endpoint', closed, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`nubelab: Nothing answers at ${closed}: the emulator is not running or has stopped. Start it with nubelab emulator start and check again.`);
  });

  it('the JSON format fails the same way, with nothing on stdout', () => {
    const { code, stdout, stderr } = runCli(['check', 's3-bucket', '--endpoint', closed, '--format', 'json', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Nothing answers at ${closed}`);
  });
});
