/**
 * Benchmark: how long `nubelab check s3-bucket` takes against the embedded emulator, and how many
 * AWS API calls one run makes. Starts its own moto on a free port, does the lab with the lesson's
 * CLI steps, measures, and stops the emulator. Prints figures; asserts nothing about time.
 *
 *   npm run bench [-- --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, removeEmulatorFiles, startEmulator, stopEmulator } from '../checker/emulator/moto.ts';
import { ROOT, VENV_BIN } from '../checker/paths.ts';
import { runChecks } from '../checker/run.ts';
import { labs } from '../labs/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const port = await freePort();
const { endpoint } = await startEmulator(port);
try {
  const env = { ...process.env, PATH: `${VENV_BIN}:${process.env.PATH}`, AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' };
  const steps = spawnSync('bash', [join(ROOT, 'labs/s3-bucket/steps.sh')], { cwd: ROOT, env, encoding: 'utf8' });
  if (steps.status !== 0) throw new Error(steps.stderr);

  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/nubelab.mjs'), 'check', 's3-bucket', '--endpoint', endpoint, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    wall.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  }

  const operations: string[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < runs; i++) {
    const calls: string[] = [];
    const t0 = performance.now();
    await runChecks({ labs, target: { kind: 'emulator', endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }, onOperation: (s, o) => calls.push(`${s}:${o}`) });
    inProcess.push(performance.now() - t0);
    if (i === 0) operations.push(...calls);
  }

  console.log(`nubelab check s3-bucket against moto (${runs} runs, each a new CLI process)`);
  console.log(`  wall time   median ${ms(median(wall))}  min ${ms(Math.min(...wall))}  max ${ms(Math.max(...wall))}`);
  console.log(`  in-process  median ${ms(median(inProcess))}  (engine + API calls, no Node start-up)`);
  console.log(`  API calls per run: ${operations.length}`);
  const counts = new Map<string, number>();
  for (const op of operations) counts.set(op, (counts.get(op) ?? 0) + 1);
  for (const [op, n] of counts) console.log(`    ${n} × ${op}`);
} finally {
  await stopEmulator(port);
  await removeEmulatorFiles(port);
}
