import { join } from 'node:path';
import { ROOT, STATE_DIR } from '../paths.ts';

/**
 * The three engines `nubelab emulator start --engine` can run. moto (with the project's fidelity
 * layer) lives in .venv; LocalStack and MiniStack each get their own pinned virtualenv under
 * .engines/, installed on first use from a lock file in emulator/engines/.
 */
export type EngineName = 'moto' | 'localstack' | 'ministack';
export const ENGINE_NAMES: readonly EngineName[] = ['moto', 'localstack', 'ministack'];
export type InstalledEngine = Exclude<EngineName, 'moto'>;

export interface EngineLaunch {
  /** Arguments after the virtualenv's python. */
  args: string[];
  env: Record<string, string>;
}

export interface EngineSpec {
  name: InstalledEngine;
  /** What the progress line and the pid record name it by. */
  label: string;
  version: string;
  /** Every package the virtualenv holds, each pinned (pip freeze of a clean install). */
  lockFile: string;
  /** The interpreter versions the engine runs on ([major, minor]); the first that is found is used. */
  python: readonly (readonly [number, number])[];
  /** Seconds between SIGTERM and SIGKILL on stop (LocalStack's hypercorn ignores SIGTERM). */
  stopGraceMs: number;
  launch(port: number, dataDir: string): EngineLaunch;
}

export const ENGINES_DIR = join(ROOT, '.engines');
export const venvDir = (engine: InstalledEngine) => join(ENGINES_DIR, engine);
/** Where an engine run keeps its files (LocalStack's filesystem root, MiniStack's temp files): gitignored. */
export const engineDataDir = (engine: InstalledEngine, port: number) => join(STATE_DIR, 'engines', `${engine}-${port}`);

/** Settings every engine run shares: offline, no telemetry, no AWS keys of the learner's. */
const COMMON_ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: 'us-east-1' };

/** Runs LocalStack's entry point after pointing its S3 object store at $NUBELAB_S3_STORAGE_DIR. */
const LOCALSTACK_LAUNCHER = [
  'import os, runpy',
  'import localstack.services.s3.provider as s3_provider',
  "s3_provider.DEFAULT_S3_TMP_DIR = os.environ['NUBELAB_S3_STORAGE_DIR']",
  "runpy.run_module('localstack.runtime.main', run_name='__main__')",
].join('\n');

export const ENGINE_SPECS: Record<InstalledEngine, EngineSpec> = {
  localstack: {
    name: 'localstack',
    label: 'LocalStack',
    // The last release whose images run without an auth token (March 2026).
    version: '4.14.0',
    lockFile: join(ROOT, 'emulator', 'engines', 'localstack.lock'),
    // On 3.11 every request fails (PEP 695 syntax), on 3.12 S3 and KMS fail (warnings.deprecated).
    python: [[3, 13]],
    stopGraceMs: 3_000,
    launch: (port, dataDir) => ({
      // Its S3 keeps object bodies in a hard-coded /tmp/localstack-s3-storage; moved under dataDir first.
      args: ['-c', LOCALSTACK_LAUNCHER],
      env: {
        ...COMMON_ENV,
        // hypercorn honours the host (the default twisted server binds 0.0.0.0).
        GATEWAY_LISTEN: `127.0.0.1:${port}`,
        GATEWAY_SERVER: 'hypercorn',
        // Otherwise it believes it runs in a container and writes to /var/lib/localstack.
        OVERRIDE_IN_DOCKER: '0',
        FILESYSTEM_ROOT: dataDir,
        TMPDIR: join(dataDir, 'tmp'),
        NUBELAB_S3_STORAGE_DIR: join(dataDir, 's3-storage'),
        SKIP_SSL_CERT_DOWNLOAD: '1',
        DNS_ADDRESS: '0',
        DISABLE_EVENTS: '1',
        LOCALSTACK_TELEMETRY_DISABLED: '1',
      },
    }),
  },
  ministack: {
    name: 'ministack',
    label: 'MiniStack',
    version: '1.5.33',
    lockFile: join(ROOT, 'emulator', 'engines', 'ministack.lock'),
    python: [[3, 13], [3, 12], [3, 11], [3, 10]],
    stopGraceMs: 5_000,
    launch: (port, dataDir) => ({
      args: ['-m', 'ministack'],
      env: {
        ...COMMON_ENV,
        GATEWAY_PORT: String(port),
        // Its default is 0.0.0.0.
        BIND_HOST: '127.0.0.1',
        // Its pid file and any temp file go to the project's data folder, not /tmp.
        TMPDIR: join(dataDir, 'tmp'),
        S3_DATA_DIR: join(dataDir, 's3'),
        LOG_LEVEL: 'WARNING',
      },
    }),
  },
};

export function isEngineName(value: string): value is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(value);
}
