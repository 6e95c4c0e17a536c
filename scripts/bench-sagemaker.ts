/**
 * Benchmark: SageMaker training and serving on the embedded emulator (emulator/bench_sagemaker.py
 * on a private moto): training the ml-endpoint lab's model on the taxi sample, the endpoint's cold
 * start, per-prediction latency (median), and the peak memory of the emulator and of the
 * endpoint's worker. Prints figures; asserts nothing about time.
 *
 *   node scripts/bench-sagemaker.ts   (also the last step of npm run bench)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, VENV_BIN } from '../checker/paths.ts';

const run = spawnSync(join(VENV_BIN, 'python'), [join(ROOT, 'emulator', 'bench_sagemaker.py')], { encoding: 'utf8', timeout: 600_000 });
if (run.status !== 0) {
  console.error(`could not run emulator/bench_sagemaker.py:\n${run.stderr || run.error?.message}`);
  process.exit(1);
}
const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
console.log('SageMaker training and serving on the embedded emulator (taxi sample, scikit-learn script mode)');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
