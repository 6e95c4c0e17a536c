import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureEngineInstalled, enginePython } from './engine-install.ts';
import { ENGINE_SPECS, engineDataDir, type InstalledEngine } from './engines.ts';
import {
  EMULATOR_DIR,
  EmulatorStartError,
  emulatorStatus,
  logFile,
  pidFile,
  stopEmulator,
  type EmulatorStatus,
  type PidRecord,
  type Progress,
} from './moto.ts';

/** Progress of an engine start: installing happens once, before the first start. */
export type EngineProgress = (event: Parameters<Progress>[0] | 'installing', detail?: string) => void;

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/**
 * Starts LocalStack or MiniStack on `port` from its own virtualenv (installing it first if
 * needed), bound to 127.0.0.1, with its files under .nubelab/engines/. An AWS endpoint already
 * answering on the port is reused as it is, whatever engine it is.
 */
export async function startInstalledEngine(
  engine: InstalledEngine,
  port: number,
  onProgress: EngineProgress = () => {},
  timeoutMs = 120_000,
): Promise<EmulatorStatus> {
  const before = await emulatorStatus(port);
  if (before.up) {
    onProgress('reused');
    return before;
  }
  if (await portTaken(port)) throw new EmulatorStartError('port-in-use', `port ${port} is taken by something that is not an AWS endpoint`);
  await ensureEngineInstalled(engine, (python) => onProgress('installing', python));

  const spec = ENGINE_SPECS[engine];
  const dataDir = engineDataDir(engine, port);
  // Every run starts empty: the grading engines keep no state between runs.
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(`${dataDir}/tmp`, { recursive: true });
  await mkdir(EMULATOR_DIR, { recursive: true });
  onProgress('starting');
  const launch = spec.launch(port, dataDir);
  const log = openSync(logFile(port), 'a');
  const child = spawn(enginePython(engine), launch.args, {
    cwd: dataDir,
    detached: true,
    stdio: ['ignore', log, log],
    // Only what the engine needs: the learner's AWS settings must not reach it.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dataDir, LANG: 'C.UTF-8', ...launch.env },
  });
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  child.unref();
  if (!child.pid) throw await spawnError.catch((e: Error) => e);
  await writeFile(pidFile(port), JSON.stringify({ pid: child.pid, port, version: spec.version, engine } satisfies PidRecord));

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await rm(pidFile(port), { force: true });
      throw new EmulatorStartError('exited', `${spec.label} exited with code ${child.exitCode}; see ${logFile(port)}`);
    }
    const status = await emulatorStatus(port);
    if (status.up) {
      onProgress('ready');
      return status;
    }
    onProgress('waiting');
    await sleep(250);
  }
  await stopEmulator(port, { save: false });
  throw new EmulatorStartError('timeout', `${spec.label} did not answer on port ${port} within ${timeoutMs / 1000} s; see ${logFile(port)}`);
}

/** Empties a running engine NubeLab started: MiniStack has a reset endpoint; LocalStack 4.14.0 does not, so it restarts on the same port. */
export async function resetInstalledEngine(engine: InstalledEngine, port: number): Promise<void> {
  if (engine === 'ministack') {
    const res = await fetch(`http://127.0.0.1:${port}/_ministack/reset`, { method: 'POST' });
    if (!res.ok) throw new Error(`MiniStack refused the reset (HTTP ${res.status})`);
    return;
  }
  await stopEmulator(port, { save: false });
  await startInstalledEngine(engine, port);
}
