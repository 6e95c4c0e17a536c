import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ENGINE_SPECS, venvDir, type EngineSpec, type InstalledEngine } from './engines.ts';

const run = promisify(execFile);

/** Why an engine cannot be installed or run, for one line in the learner's language. */
export class EngineSetupError extends Error {
  readonly reason: 'no-python' | 'install-failed';
  readonly engine: InstalledEngine;
  constructor(engine: InstalledEngine, reason: EngineSetupError['reason'], message: string) {
    super(message);
    this.name = 'EngineSetupError';
    this.engine = engine;
    this.reason = reason;
  }
}

const isExecutable = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Interpreters that may qualify, in order: `python3.X` on PATH, then pyenv's versions folder. */
export function pythonCandidates(spec: EngineSpec, env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const pyenvRoot = env.PYENV_ROOT ?? join(homedir(), '.pyenv');
  const pyenvVersions = join(pyenvRoot, 'versions');
  const installed = existsSync(pyenvVersions) ? readdirSync(pyenvVersions) : [];
  for (const [major, minor] of spec.python) {
    const name = `python${major}.${minor}`;
    for (const dir of pathDirs) if (isExecutable(join(dir, name))) out.push(join(dir, name));
    // Newest patch release first (3.13.1 before 3.13.0).
    const matching = installed.filter((v) => v.startsWith(`${major}.${minor}.`)).sort().reverse();
    for (const version of matching) {
      const file = join(pyenvVersions, version, 'bin', name);
      if (isExecutable(file)) out.push(file);
    }
  }
  return [...new Set(out)];
}

/** The [major, minor] an interpreter reports, or undefined if it does not run (a pyenv shim without that version). */
async function versionOf(python: string): Promise<[number, number] | undefined> {
  try {
    const { stdout } = await run(python, ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])'], { timeout: 15_000 });
    const [major, minor] = stdout.trim().split(' ').map(Number);
    return [major!, minor!];
  } catch {
    return undefined;
  }
}

export async function findPython(spec: EngineSpec, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  for (const candidate of pythonCandidates(spec, env)) {
    const version = await versionOf(candidate);
    if (version && spec.python.some(([major, minor]) => major === version[0] && minor === version[1])) return candidate;
  }
  return undefined;
}

export const enginePython = (engine: InstalledEngine) => join(venvDir(engine), 'bin', 'python');
/** Holds the lock file's hash once the virtualenv matches it; a changed lock reinstalls. */
const markerFile = (engine: InstalledEngine) => join(venvDir(engine), '.nubelab-lock-sha256');

async function lockHash(spec: EngineSpec): Promise<string> {
  return createHash('sha256').update(await readFile(spec.lockFile)).digest('hex');
}

export async function isEngineInstalled(engine: InstalledEngine): Promise<boolean> {
  const spec = ENGINE_SPECS[engine];
  if (!existsSync(enginePython(engine))) return false;
  const marker = await readFile(markerFile(engine), 'utf8').catch(() => '');
  return marker.trim() === (await lockHash(spec));
}

export interface InstallReport { seconds: number; python: string }

/** An install's own time limit (pip below); a lock older than this was left by a killed process. */
const INSTALL_TIMEOUT_MS = 30 * 60_000;

/**
 * Runs `fn` while holding `<lockDir>` (mkdir is atomic), so two processes that both find the engine
 * missing (two test files, two terminals) do not install into, or delete, the same virtualenv at
 * once: the second waits, then finds the first one's install.
 */
export async function withInstallLock<T>(lockDir: string, fn: () => Promise<T>, pollMs = 500): Promise<T> {
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = await stat(lockDir).catch(() => undefined);
    if (held && Date.now() - held.mtimeMs > INSTALL_TIMEOUT_MS + 60_000) await rm(lockDir, { recursive: true, force: true });
    else await sleep(pollMs);
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/**
 * Creates the engine's virtualenv and installs its lock file (every package pinned, so no
 * resolver runs), unless it is already installed from this very lock. `onInstall` is called once,
 * before the slow part, so the CLI can print its one progress line.
 */
export async function ensureEngineInstalled(engine: InstalledEngine, onInstall: (python: string) => void = () => {}): Promise<InstallReport | undefined> {
  if (await isEngineInstalled(engine)) return undefined;
  return withInstallLock(`${venvDir(engine)}.installing`, async () => {
    // Another process may have installed it while this one waited for the lock.
    if (await isEngineInstalled(engine)) return undefined;
    return installEngine(engine, onInstall);
  });
}

async function installEngine(engine: InstalledEngine, onInstall: (python: string) => void): Promise<InstallReport> {
  const spec = ENGINE_SPECS[engine];
  const python = await findPython(spec);
  if (!python) {
    const wanted = spec.python.map(([a, b]) => `${a}.${b}`).join(' / ');
    throw new EngineSetupError(engine, 'no-python', `${spec.label} ${spec.version} needs Python ${wanted}; none found on PATH or in pyenv's versions folder`);
  }
  onInstall(python);
  const started = Date.now();
  const dir = venvDir(engine);
  try {
    await rm(dir, { recursive: true, force: true });
    await run(python, ['-m', 'venv', dir], { timeout: 120_000 });
    await run(enginePython(engine), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '-r', spec.lockFile], {
      timeout: INSTALL_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' ') ?? '';
    throw new EngineSetupError(engine, 'install-failed', stderr || (error as Error).message);
  }
  await writeFile(markerFile(engine), (await lockHash(spec)) + '\n');
  return { seconds: (Date.now() - started) / 1000, python };
}
