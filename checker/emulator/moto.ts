import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, STATE_DIR, VENV_BIN } from '../paths.ts';
import { probeEndpoint, type ProbeResult } from './probe.ts';

export interface EmulatorStatus extends ProbeResult {
  endpoint: string;
  port: number;
  /** Started by NubeLab (so `stop` may end it). */
  managed: boolean;
  pid?: number;
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

const EMULATOR_DIR = join(STATE_DIR, 'emulator');
const pidFile = (port: number) => join(EMULATOR_DIR, `${port}.json`);
export const logFile = (port: number) => join(EMULATOR_DIR, `${port}.log`);
const recordingFile = (port: number) => join(EMULATOR_DIR, `${port}.recording.jsonl`);

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

interface PidRecord { pid: number; port: number; version?: string }

async function readPidRecord(port: number): Promise<PidRecord | undefined> {
  try {
    return JSON.parse(await readFile(pidFile(port), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
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
  const version = probe.version ?? (probe.kind === 'moto' && managed ? record?.version : undefined);
  return { ...probe, version, endpoint, port, managed, pid: managed ? record?.pid : undefined };
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
    },
  });
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  child.unref();
  if (!child.pid) throw await spawnError.catch((e: Error) => e);
  await writeFile(pidFile(port), JSON.stringify({ pid: child.pid, port, version: installedMotoVersion() } satisfies PidRecord));

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
      return status;
    }
    onProgress('waiting');
    await sleep(250);
  }
  await stopEmulator(port);
  throw new EmulatorStartError('timeout', `moto did not answer on port ${port} within ${timeoutMs / 1000} s; see ${logFile(port)}`);
}

/** Removes what a stopped emulator left on disk: its log and any request recording. */
export async function removeEmulatorFiles(port: number): Promise<void> {
  await Promise.all([rm(logFile(port), { force: true }), rm(recordingFile(port), { force: true })]);
}

/** Stops the emulator NubeLab started on `port`. Returns false when there was none of ours. */
export async function stopEmulator(port: number, timeoutMs = 10_000): Promise<boolean> {
  const record = await readPidRecord(port);
  if (!record || !isAlive(record.pid)) {
    await rm(pidFile(port), { force: true });
    return false;
  }
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
  await rm(pidFile(port), { force: true });
  return true;
}

/** Empties moto: every account, region and service goes back to nothing. */
/** Callers know what runs on the port (the CLI probes it to explain itself); anything but moto refuses. */
export async function resetEmulator(port: number): Promise<void> {
  const endpoint = endpointFor(port);
  const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto refused the reset (HTTP ${res.status})`);
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
