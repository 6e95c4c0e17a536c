/**
 * Benchmark: Lambda on the embedded emulator. Two parts, each on its own private moto:
 *  1. the fidelity layer's own figures (emulator/bench_lambda.py): cold and warm synchronous
 *     Invoke of a small boto3 function, and upload → copy through an S3 notification;
 *  2. the lambda-resize lab's reference (Pillow, the real photo): the time from a PutObject under
 *     input/ to its resized copy under output/, for the first upload (a cold function) and for
 *     the next ones (warm), and `nubelab check lambda-resize` on the result.
 * Prints figures; asserts nothing about time. Exits 1 only when something could not run.
 *
 *   npm run bench:lambda
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Target } from '../checker/aws/target.ts';
import { deployLab } from '../checker/deploy/index.ts';
import { freePort, removeEmulatorFiles, startEmulator, stopEmulator } from '../checker/emulator/moto.ts';
import { labFile, ROOT, VENV_BIN } from '../checker/paths.ts';
import { runChecks } from '../checker/run.ts';
import { findLab } from '../labs/index.ts';

const UPLOADS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const log = (line = '') => console.log(line);

function emulatorFigures(): Record<string, unknown> {
  const run = spawnSync(join(VENV_BIN, 'python'), [join(ROOT, 'emulator', 'bench_lambda.py')], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`emulator/bench_lambda.py failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (!(await probe())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function resizeFigures(): Promise<{ deployMs: number; firstMs: number; warmMs: number[]; checkMs: number; score: string }> {
  const port = await freePort();
  try {
    const status = await startEmulator(port);
    const target: Target = { kind: 'emulator', endpoint: status.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    let t = performance.now();
    const deployed = await deployLab('lambda-resize', { target, learner: 'student' });
    const deployMs = performance.now() - t;
    const bucket = deployed.outputs.BucketName!;
    const s3 = new S3Client({ endpoint: status.endpoint, region: 'us-east-1', credentials: target.credentials, forcePathStyle: true });
    const photo = readFileSync(labFile('lambda-resize', 'samples', 'street.jpg'));
    const exists = (key: string) => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, () => false);
    const uploadToCopy = async (name: string) => {
      const started = performance.now();
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `input/${name}`, Body: photo }));
      await until(() => exists(`output/${name}`), `output/${name}`);
      return performance.now() - started;
    };
    // The deploy's own seeded photos warmed a worker; a code-free restart is not possible, so the
    // "first" figure here is the first upload after deploy, and the rest are steady state.
    const firstMs = await uploadToCopy('bench-0.jpg');
    const warmMs: number[] = [];
    for (let i = 1; i <= UPLOADS; i++) warmMs.push(await uploadToCopy(`bench-${i}.jpg`));
    t = performance.now();
    const result = await runChecks({ labs: [findLab('lambda-resize')!], target });
    const checkMs = performance.now() - t;
    s3.destroy();
    return { deployMs, firstMs, warmMs, checkMs, score: `${result.score}/${result.maxScore}` };
  } finally {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }
}

try {
  log('Lambda on the embedded emulator');
  const own = emulatorFigures();
  log(`  fidelity layer (${own.runtime} on ${own.interpreter}): cold Invoke ${own.lambda_cold_invoke_ms} ms, warm Invoke ${own.lambda_warm_invoke_ms} ms, upload → copy ${own.lambda_upload_to_output_ms} ms (medians)`);
  const resize = await resizeFigures();
  log(`  lambda-resize reference (Pillow, 1600×1200 JPEG → 800×600): deploy ${ms(resize.deployMs)} (incl. seeded photos resized),`);
  log(`    upload under input/ → copy under output/: first ${ms(resize.firstMs)}, then median ${ms(median(resize.warmMs))} over ${UPLOADS}`);
  log(`    nubelab check lambda-resize: ${ms(resize.checkMs)} in-process, score ${resize.score}`);
} catch (error) {
  console.error(`could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
