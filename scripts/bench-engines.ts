/**
 * The three grading engines side by side, measured on this machine (issue 12): for LocalStack and
 * MiniStack, a clean install of the pinned lock into a temporary virtualenv (time and size on
 * disk; pip's cache is used as it is); then, for each engine, the start time, every lab's
 * reference deployed and checked in an account of its own (the `check` wall time per lab) and the
 * engine's memory after that run. Nothing is written to the repository.
 *
 *   node scripts/bench-engines.ts [--engines moto,localstack,ministack]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { findPython } from '../checker/emulator/engine-install.ts';
import { ENGINE_SPECS, type EngineName, type InstalledEngine } from '../checker/emulator/engines.ts';
import { freePort, removeEmulatorFiles, stopEmulator } from '../checker/emulator/moto.ts';
import { runMatrix } from '../test/support/engine-matrix.ts';
import { rssMb, startEngine } from './engine-run.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { engines: { type: 'string', default: 'moto,localstack,ministack' } } });
const engines = values.engines!.split(',') as EngineName[];

async function measureInstall(engine: InstalledEngine): Promise<{ seconds: number; mb: number }> {
  const spec = ENGINE_SPECS[engine];
  const python = await findPython(spec);
  if (!python) throw new Error(`${spec.label} needs Python ${spec.python.map((v) => v.join('.')).join(' or ')}`);
  const dir = await mkdtemp(join(tmpdir(), `nubelab-bench-${engine}-`));
  try {
    const started = Date.now();
    await run(python, ['-m', 'venv', join(dir, 'venv')]);
    await run(join(dir, 'venv', 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '-r', spec.lockFile], { maxBuffer: 16 << 20 });
    const seconds = (Date.now() - started) / 1000;
    const { stdout } = await run('du', ['-sm', join(dir, 'venv')]);
    return { seconds, mb: Number(stdout.split('\t')[0]) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const engine of engines) {
  const install = engine === 'moto' ? undefined : await measureInstall(engine);
  const port = await freePort();
  const t0 = Date.now();
  const status = await startEngine(engine, port);
  const startMs = Date.now() - t0;
  try {
    const matrix = await runMatrix(engine, status.version ?? '', status.endpoint, 400000000000);
    const checks = matrix.labs.map((l) => l.checkMs).sort((a, b) => a - b);
    const median = checks[Math.floor(checks.length / 2)]!;
    rows.push(`| ${engine} ${status.version ?? ''} | ${install ? `${install.seconds.toFixed(0)} s, ${install.mb} MB` : 'in .venv (npm run setup)'} | ${startMs} ms | ${rssMb(status.pid!)} MB | ${checks[0]}–${checks.at(-1)} ms (median ${median}) |`);
    console.log(`${engine}: done (${matrix.labs.map((l) => `${l.lab} ${l.checkMs} ms`).join(', ')})`);
  } finally {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }
}
console.log(['', '| engine | clean install | start | memory after every lab | `check` per lab |', '|---|---|---|---|---|', ...rows].join('\n'));
