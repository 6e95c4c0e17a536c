import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineSetupError, findPython, pythonCandidates } from '../../checker/emulator/engine-install.ts';
import { startInstalledEngine } from '../../checker/emulator/engine-process.ts';
import { ENGINE_SPECS, engineDataDir } from '../../checker/emulator/engines.ts';
import { emulatorStatus, freePort, removeEmulatorFiles, stopEmulator } from '../../checker/emulator/moto.ts';
import { probeEndpoint } from '../../checker/emulator/probe.ts';

/** Listening sockets of a process group, from `ss` (address:port per line). */
function listeningAddresses(pgid: number): string[] {
  const pids = execFileSync('ps', ['-o', 'pid=', '-g', String(pgid)], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean);
  const lines = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => pids.some((pid) => line.includes(`pid=${pid},`))).map((line) => line.trim().split(/\s+/)[3]!);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('finding an interpreter for LocalStack', () => {
  it('finds none, and says so with a typed error, when neither PATH nor pyenv has Python 3.13', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nubelab-nopython-'));
    const env = { PATH: empty, PYENV_ROOT: empty };
    expect(pythonCandidates(ENGINE_SPECS.localstack, env)).toEqual([]);
    expect(await findPython(ENGINE_SPECS.localstack, env)).toBeUndefined();
    expect(new EngineSetupError('localstack', 'no-python', 'x').reason).toBe('no-python');
  });

  it('finds 3.13 in pyenv when PATH has none, and checks its version by running it', async () => {
    const python = await findPython(ENGINE_SPECS.localstack, { PATH: '/usr/bin:/bin' });
    // This machine kind has pyenv's 3.13.0; a machine without it has nothing to assert here.
    if (python) expect(execFileSync(python, ['-c', 'import sys; print(sys.version_info[:2])'], { encoding: 'utf8' }).trim()).toBe('(3, 13)');
  });
});

describe.each(['ministack', 'localstack'] as const)('%s as a NubeLab engine', (engine) => {
  it('starts from its own virtualenv on loopback only, is recognised, is reused, and leaves no process after stop', async () => {
    const port = await freePort();
    try {
      const started = await startInstalledEngine(engine, port);
      expect(started).toMatchObject({ up: true, kind: engine, managed: true, engine, version: ENGINE_SPECS[engine].version });
      expect(listeningAddresses(started.pid!)).toEqual([`127.0.0.1:${port}`]);

      let reused = false;
      await startInstalledEngine(engine, port, (event) => void (event === 'reused' && (reused = true)));
      expect(reused).toBe(true);
      expect((await probeEndpoint(started.endpoint)).kind).toBe(engine);

      const stopped = await stopEmulator(port, { save: false });
      expect(stopped).toMatchObject({ stopped: true, engine });
      expect(groupAlive(started.pid!)).toBe(false);
      expect((await emulatorStatus(port)).up).toBe(false);
      // Its files stayed in the project's own data folder.
      expect(engineDataDir(engine, port).startsWith(join(process.cwd(), '.nubelab'))).toBe(true);
    } finally {
      await stopEmulator(port, { save: false });
      await removeEmulatorFiles(port);
    }
  }, 180_000);
});
