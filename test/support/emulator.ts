import { afterAll, beforeAll } from 'vitest';
import { freePort, removeEmulatorFiles, resetEmulator, startEmulator, stopEmulator } from '../../checker/emulator/moto.ts';
import type { Target } from '../../checker/aws/target.ts';

export interface TestEmulator {
  port: number;
  endpoint: string;
  target(region?: string): Target;
  reset(): Promise<void>;
}

/**
 * Starts a real moto server on a free port for the current test file and stops it afterwards.
 * Each file gets its own emulator, so files can run in parallel without sharing state.
 */
export function useEmulator(): TestEmulator {
  const emulator = {
    port: 0,
    endpoint: '',
    target(region = 'us-east-1'): Target {
      return { kind: 'emulator', endpoint: this.endpoint, region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    },
    reset: () => resetEmulator(emulator.port),
  };
  beforeAll(async () => {
    emulator.port = await freePort();
    const status = await startEmulator(emulator.port);
    if (status.kind !== 'moto' || !status.managed) throw new Error(`expected our own moto on ${emulator.port}, got ${status.kind}`);
    emulator.endpoint = status.endpoint;
  }, 90_000);
  afterAll(async () => {
    if (!emulator.port) return;
    await stopEmulator(emulator.port, { save: false });
    await removeEmulatorFiles(emulator.port);
  }, 30_000);
  return emulator;
}
