import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, STATE_DIR, VENV_BIN } from '../paths.ts';
import { ENGINE_SPECS, engineDataDir, type EngineName } from './engines.ts';
import { probeEndpoint, type ProbeResult } from './probe.ts';

export interface EmulatorStatus extends ProbeResult {
  endpoint: string;
  port: number;
  /** Started by NubeLab (so `stop` may end it). */
  managed: boolean;
  pid?: number;
  /** What the emulator did with the saved state when this call started it (absent when reused). */
  restore?: RestoreReport;
  /** The engine NubeLab started on the port (absent when it started none). */
  engine?: EngineName;
}

/** What the server did at start-up with the saved state (emulator/nubelab_emulator/saved_state.py). */
export type RestoreReport =
  | { outcome: 'none' }
  | { outcome: 'restored'; seconds: number; bytes: number; services: string[] }
  | { outcome: 'discarded'; reason: 'incompatible' | 'unreadable'; detail: string; moved_to: string };

export interface SaveReport { file: string; bytes: number; seconds: number; services: string[] }

/** The emulator could not save the learner's work, so it was left running rather than losing it. */
export class EmulatorSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorSaveError';
  }
}

/** Why the emulator could not start, for a message in the learner's language. */
export class EmulatorStartError extends Error {
  readonly reason: 'port-in-use' | 'not-installed' | 'exited' | 'timeout';
  constructor(reason: EmulatorStartError['reason'], message: string) {
    super(message);
    this.name = 'EmulatorStartError';
    this.reason = reason;
  }
}

/** True when something (not an AWS endpoint, or it would have answered the probe) holds the port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

export type Progress = (event: 'starting' | 'waiting' | 'ready' | 'reused') => void;

export const EMULATOR_DIR = join(STATE_DIR, 'emulator');
export const pidFile = (port: number) => join(EMULATOR_DIR, `${port}.json`);
export const logFile = (port: number) => join(EMULATOR_DIR, `${port}.log`);
const recordingFile = (port: number) => join(EMULATOR_DIR, `${port}.recording.jsonl`);
/** The learner's resources, saved on stop and restored on start (gitignored with .nubelab/). */
export const stateFile = (port: number) => join(EMULATOR_DIR, `state-${port}.pickle`);

export function endpointFor(port: number): string {
  return `http://localhost:${port}`;
}

/** The moto version pinned in the project's virtualenv, read from its install metadata. */
export function installedMotoVersion(): string | undefined {
  try {
    const site = readdirSync(join(ROOT, '.venv', 'lib')).map((py) => join(ROOT, '.venv', 'lib', py, 'site-packages'));
    for (const dir of site) {
      const info = readdirSync(dir).find((d) => /^moto-[\d.]+\.dist-info$/.test(d));
      if (info) return info.slice('moto-'.length, -'.dist-info'.length);
    }
  } catch {
    /* no virtualenv yet */
  }
  return undefined;
}

/** What NubeLab started on a port; `engine` is absent in records written before there were three. */
export interface PidRecord { pid: number; port: number; version?: string; engine?: EngineName }

export async function readPidRecord(port: number): Promise<PidRecord | undefined> {
  try {
    return JSON.parse(await readFile(pidFile(port), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function emulatorStatus(port: number): Promise<EmulatorStatus> {
  const endpoint = endpointFor(port);
  const [probe, record] = await Promise.all([probeEndpoint(endpoint), readPidRecord(port)]);
  const managed = Boolean(record && isAlive(record.pid));
  const version = probe.version ?? (managed ? record?.version : undefined);
  const engine = managed ? (record?.engine ?? 'moto') : undefined;
  return { ...probe, version, endpoint, port, managed, pid: managed ? record?.pid : undefined, ...(engine ? { engine } : {}) };
}

/** Sets up a running moto the way labs need it: Lambda functions are created without Docker. */
async function configureMoto(endpoint: string): Promise<void> {
  const res = await fetch(`${endpoint}/moto-api/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lambda: { use_docker: false } }),
  });
  if (!res.ok) throw new Error(`moto refused its configuration (HTTP ${res.status})`);
}

/**
 * Starts moto on `port` unless an AWS-compatible endpoint already answers there (then it is
 * reused as it is). Resolves once the endpoint answers.
 */
export async function startEmulator(port: number, onProgress: Progress = () => {}, timeoutMs = 60_000): Promise<EmulatorStatus> {
  const before = await emulatorStatus(port);
  if (before.up) {
    onProgress('reused');
    if (before.kind === 'moto') await configureMoto(before.endpoint);
    return before;
  }
  const python = join(VENV_BIN, 'python');
  const server = join(ROOT, 'emulator', 'server.py');
  if (!existsSync(python)) throw new EmulatorStartError('not-installed', `no virtualenv at ${VENV_BIN}`);
  if (await portTaken(port)) throw new EmulatorStartError('port-in-use', `port ${port} is taken by something that is not an AWS endpoint`);
  await mkdir(EMULATOR_DIR, { recursive: true });
  onProgress('starting');
  const log = openSync(logFile(port), 'a');
  const child = spawn(python, [server, '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      MOTO_IAM_LOAD_MANAGED_POLICIES: 'true',
      // Recording stays off until asked for (/moto-api/recorder/start-recording); the read-only
      // test uses it to see every request the emulator received.
      MOTO_RECORDER_FILEPATH: recordingFile(port),
      NUBELAB_STATE_FILE: stateFile(port),
    },
  });
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  child.unref();
  if (!child.pid) throw await spawnError.catch((e: Error) => e);
  await writeFile(pidFile(port), JSON.stringify({ pid: child.pid, port, version: installedMotoVersion(), engine: 'moto' } satisfies PidRecord));

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await rm(pidFile(port), { force: true });
      throw new EmulatorStartError('exited', `moto exited with code ${child.exitCode}; see ${logFile(port)}`);
    }
    const status = await emulatorStatus(port);
    if (status.up) {
      await configureMoto(status.endpoint);
      onProgress('ready');
      return { ...status, restore: await restoreReport(status.endpoint) };
    }
    onProgress('waiting');
    await sleep(250);
  }
  await stopEmulator(port, { save: false });
  throw new EmulatorStartError('timeout', `moto did not answer on port ${port} within ${timeoutMs / 1000} s; see ${logFile(port)}`);
}

async function restoreReport(endpoint: string): Promise<RestoreReport> {
  const res = await fetch(`${endpoint}/nubelab/state`);
  if (!res.ok) throw new Error(`the emulator did not say what it restored (HTTP ${res.status})`);
  return (await res.json()) as RestoreReport;
}

/** Saves the learner's resources to `stateFile(port)`; the server writes it atomically. */
export async function saveEmulatorState(port: number): Promise<SaveReport> {
  let res: Response;
  try {
    res = await fetch(`${endpointFor(port)}/nubelab/state/save`, { method: 'POST', signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new EmulatorSaveError((error as Error).message);
  }
  const body = (await res.json().catch(() => ({}))) as Partial<SaveReport> & { error?: string };
  if (!res.ok) throw new EmulatorSaveError(body.error ?? `HTTP ${res.status}`);
  return body as SaveReport;
}

/** Removes what a stopped emulator left on disk: its log, any request recording and saved state, and the data folders of LocalStack or MiniStack runs on the port. */
export async function removeEmulatorFiles(port: number): Promise<void> {
  await Promise.all(
    [logFile(port), recordingFile(port), stateFile(port), `${stateFile(port)}.discarded`].map((file) => rm(file, { force: true })),
  );
  await Promise.all((['localstack', 'ministack'] as const).map((engine) => rm(engineDataDir(engine, port), { recursive: true, force: true })));
}

export interface StopResult {
  /** False when NubeLab had started no emulator on the port. */
  stopped: boolean;
  saved?: SaveReport;
  /** Which engine was stopped. */
  engine?: EngineName;
}

/**
 * Stops the emulator NubeLab started on `port`, saving the learner's resources first (unless
 * `save: false`). When the save fails it throws EmulatorSaveError and leaves the emulator running:
 * stopping it then would erase the work the save was for. Only moto saves: LocalStack and
 * MiniStack are grading engines whose state ends with them. The whole process group is signalled,
 * SIGKILL after a grace period, so nothing the engine spawned is left behind.
 */
export async function stopEmulator(port: number, options: { save?: boolean; timeoutMs?: number } = {}): Promise<StopResult> {
  const record = await readPidRecord(port);
  if (!record || !isAlive(record.pid)) {
    await rm(pidFile(port), { force: true });
    return { stopped: false };
  }
  const engine = record.engine ?? 'moto';
  const { save = engine === 'moto', timeoutMs = engine === 'moto' ? 10_000 : ENGINE_SPECS[engine].stopGraceMs } = options;
  const saved = save && engine === 'moto' ? await saveEmulatorState(port) : undefined;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-record.pid, signal);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(record.pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(record.pid)) signalGroup('SIGKILL');
  // A child that left the group's leader behind (or the leader itself, as a zombie) goes too.
  const killDeadline = Date.now() + 5_000;
  while (groupAlive(record.pid) && Date.now() < killDeadline) {
    signalGroup('SIGKILL');
    await sleep(100);
  }
  await rm(pidFile(port), { force: true });
  return { stopped: true, saved, engine };
}

/** Whether any process of the group `pgid` still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Deletes the saved state, so the next start is empty. True when there was a file. */
export async function deleteSavedState(port: number): Promise<boolean> {
  const existed = existsSync(stateFile(port));
  await rm(stateFile(port), { force: true });
  return existed;
}

/**
 * Empties moto: every account, region and service goes back to nothing, and the saved state is
 * deleted too (or a later stop and start would bring the resources back).
 * Callers know what runs on the port (the CLI probes it to explain itself); anything but moto refuses.
 */
export async function resetEmulator(port: number): Promise<void> {
  const endpoint = endpointFor(port);
  const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto refused the reset (HTTP ${res.status})`);
  await deleteSavedState(port);
  await configureMoto(endpoint);
}

/** A port nobody listens on, for tests that start their own emulator. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
