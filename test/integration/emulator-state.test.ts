import { existsSync, readFileSync } from 'node:fs';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig, type Target } from '../../checker/aws/target.ts';
import { deployLab } from '../../checker/deploy/index.ts';
import {
  freePort,
  removeEmulatorFiles,
  resetEmulator,
  startEmulator,
  stateFile,
  stopEmulator,
  type EmulatorStatus,
  type StopResult,
} from '../../checker/emulator/moto.ts';
import { labFile } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import { imageInfo } from '../../labs/lambda-resize/images.ts';
import { labs } from '../../labs/index.ts';

/**
 * The learner's work survives a stop and a start: every lab's reference is deployed on one real
 * emulator, graded, the emulator stopped (which saves) and started again (which restores), and
 * every lab graded again. This emulator is our own, on a free port, because the test stops it.
 */
const LEARNER = 'student';
const ACCOUNT = '123456789012';
let port = 0;
let target: Target;
let stopped: StopResult;
let restarted: EmulatorStatus;
const before: Record<string, Record<string, string>> = {};

const targetOf = (endpoint: string): Target => ({ kind: 'emulator', endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

async function statuses(): Promise<Record<string, Record<string, string>>> {
  const result = await runChecks({ labs: [...labs], target });
  return Object.fromEntries(result.labs.map((lab) => [lab.lab, Object.fromEntries(lab.checks.map((c) => [c.id, c.status]))]));
}

beforeAll(async () => {
  port = await freePort();
  await removeEmulatorFiles(port);
  target = targetOf((await startEmulator(port)).endpoint);
  const deployed = new Set<string>();
  for (const lab of labs) {
    for (const id of [...(lab.requires ?? []), lab.id]) {
      if (!deployed.has(id)) await deployLab(id, { target, learner: LEARNER });
      deployed.add(id);
    }
  }
  Object.assign(before, await statuses());
  stopped = await stopEmulator(port);
  restarted = await startEmulator(port);
}, 240_000);

afterAll(async () => {
  if (!port) return;
  await stopEmulator(port, { save: false });
  await removeEmulatorFiles(port);
}, 30_000);

describe('the emulator keeps the learner’s work across a stop and a start', () => {
  it('stop saved the state to the versioned file and start restored it', () => {
    expect(stopped.stopped).toBe(true);
    expect(stopped.saved?.file).toBe(stateFile(port));
    expect(stopped.saved?.bytes).toBeGreaterThan(0);
    expect(stopped.saved?.services).toEqual(expect.arrayContaining(['moto.s3.models:s3_backends', 'moto.iam.models:iam_backends', 'moto.awslambda.models:lambda_backends']));
    expect(restarted.managed).toBe(true);
    expect(restarted.restore).toMatchObject({ outcome: 'restored', bytes: stopped.saved?.bytes });
  });

  it.each(labs.map((lab) => [lab.id]))('%s: every check passed before the stop and still passes after the start', async (id) => {
    const lab = labs.find((l) => l.id === id)!;
    const allPass = Object.fromEntries(lab.checks.map((c) => [c.id, 'pass']));
    expect(before[id]).toEqual(allPass);
    expect((await statuses())[id]).toEqual(allPass);
  });

  it('lambda-resize: the restored function still runs when a new photo arrives under input/', async () => {
    const s3 = new S3Client({ ...clientConfig(target), forcePathStyle: true });
    try {
      const bucket = `nubelab-images-student-${ACCOUNT}`;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'input/after-restore.jpg', Body: readFileSync(labFile('lambda-resize', 'samples', 'street.jpg')) }));
      const deadline = Date.now() + 30_000;
      let copy: Uint8Array | undefined;
      while (!copy && Date.now() < deadline) {
        copy = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'output/after-restore.jpg' })).then(
          (res) => res.Body!.transformToByteArray(),
          () => undefined,
        );
        if (!copy) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(copy, 'output/after-restore.jpg').toBeDefined();
      expect(imageInfo(copy!)).toEqual({ type: 'jpg', width: 800, height: 600 });
    } finally {
      s3.destroy();
    }
  }, 60_000);

  it('reset empties the emulator and deletes the saved state, so a later stop and start brings nothing back', async () => {
    await resetEmulator(port);
    expect(existsSync(stateFile(port))).toBe(false);
    await stopEmulator(port);
    const again = await startEmulator(port);
    expect(again.restore?.outcome).toBe('restored');
    const after = await statuses();
    for (const lab of labs) expect(Object.values(after[lab.id]!), lab.id).not.toContain('pass');
  }, 60_000);
});
