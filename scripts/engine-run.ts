// Starting an engine for a measured run, shared by scripts/engine-compat.ts and scripts/bench-engines.ts.
import { readFileSync } from 'node:fs';
import { startInstalledEngine } from '../checker/emulator/engine-process.ts';
import type { EngineName } from '../checker/emulator/engines.ts';
import { startEmulator } from '../checker/emulator/moto.ts';

/** Starts `engine` on `port` (installing it first if needed) and checks that it is the one answering. */
export async function startEngine(engine: EngineName, port: number) {
  const status = engine === 'moto' ? await startEmulator(port) : await startInstalledEngine(engine, port);
  if (!status.managed || status.kind !== engine) throw new Error(`port ${port} answers ${status.kind}, not a ${engine} started here`);
  return status;
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}
