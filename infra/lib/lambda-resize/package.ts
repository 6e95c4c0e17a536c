import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the resize function's deployment package without Docker: pip downloads the Pillow wheel
 * built for the runtime's platform and Python version (not the machine's), next to the handler.
 * The result is cached under .build/ by a hash of everything that goes into it, so synthesizing
 * the stack again costs nothing; a failed build leaves no half-written folder.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FUNCTION_DIR = join(ROOT, 'labs', 'lambda-resize', 'function');
const BUILD_DIR = join(ROOT, '.build', 'lambda-resize');

export interface PackageTarget {
  /** The Python the function runs on: `3.13` on AWS (runtime python3.13). */
  pythonVersion: string;
  /** pip's platform tag: `manylinux2014_x86_64` for Lambda's x86_64 architecture. */
  platform: string;
}

export const AWS_PYTHON_313: PackageTarget = { pythonVersion: '3.13', platform: 'manylinux2014_x86_64' };

/**
 * Context key: the Python version a target runs python3.13 functions on, when it is not 3.13
 * (an emulator on a machine without 3.13 runs them on another version, and wheels must match it).
 */
export const PYTHON_VERSION_CONTEXT = 'nubelab:lambdaPythonVersion';

/** The project's own Python has pip; a fresh clone without it falls back to the system's. */
function python(): string {
  const venv = join(ROOT, '.venv', 'bin', 'python');
  return existsSync(venv) ? venv : 'python3';
}

function fingerprint(target: PackageTarget): string {
  const hash = createHash('sha256');
  for (const file of ['requirements.txt', 'lambda_function.py']) hash.update(readFileSync(join(FUNCTION_DIR, file)));
  hash.update(`${target.pythonVersion}/${target.platform}`);
  return hash.digest('hex').slice(0, 16);
}

export class PackageBuildError extends Error {}

/** The folder to zip as the function's code: the handler plus Pillow for `target`. */
export function resizeFunctionPackage(target: PackageTarget = AWS_PYTHON_313): string {
  const dir = join(BUILD_DIR, `py${target.pythonVersion}-${target.platform}-${fingerprint(target)}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const pip = spawnSync(python(), [
    '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check',
    '--platform', target.platform, '--only-binary=:all:', '--implementation', 'cp', '--python-version', target.pythonVersion,
    '--target', partial, '-r', join(FUNCTION_DIR, 'requirements.txt'),
  ], { encoding: 'utf8' });
  if (pip.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new PackageBuildError(`pip could not fetch the function's dependencies for Python ${target.pythonVersion} (${target.platform}):\n${pip.stderr || pip.error?.message}`);
  }
  copyFileSync(join(FUNCTION_DIR, 'lambda_function.py'), join(partial, 'lambda_function.py'));
  // Another process may have finished the same build meanwhile: its folder is just as good.
  if (existsSync(dir)) rmSync(partial, { recursive: true, force: true });
  else renameSync(partial, dir);
  return dir;
}
