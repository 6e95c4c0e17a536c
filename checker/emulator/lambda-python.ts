import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, VENV_BIN } from '../paths.ts';

/**
 * The Python version (`3.13`) the embedded emulator runs a `python3.X` function on: the machine's
 * own interpreter, chosen by the emulator's fidelity layer (emulator/nubelab_emulator/
 * lambda_runs/interpreters.py, asked here so the rule lives in one place). A package built for
 * the emulator needs wheels for that version; undefined when it cannot be told.
 */
const known = new Map<string, string | undefined>();

export function emulatorPythonFor(runtime: string): string | undefined {
  if (!known.has(runtime)) known.set(runtime, probeEmulatorPython(runtime));
  return known.get(runtime);
}

/** Interpreters are not installed mid-session, so one probe per runtime and process is enough. */
function probeEmulatorPython(runtime: string): string | undefined {
  const probe = spawnSync(join(VENV_BIN, 'python'), [
    '-c',
    'import sys; from nubelab_emulator.lambda_runs.interpreters import interpreter_for; i = interpreter_for(sys.argv[1]); print("%d.%d" % i.version[:2] if i else "")',
    runtime,
  ], { cwd: join(ROOT, 'emulator'), encoding: 'utf8', timeout: 30_000 });
  const version = probe.status === 0 ? probe.stdout.trim() : '';
  return /^3\.\d+$/.test(version) ? version : undefined;
}
