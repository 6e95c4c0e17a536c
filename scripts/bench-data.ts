/**
 * Benchmark: Glue and Athena on the embedded emulator (emulator/bench_glue_athena.py on a private
 * moto): a crawler over the taxi sample, a pythonshell job that writes Parquet, the query latency
 * over it (median), and the emulator's peak memory. Prints figures; asserts nothing about time.
 *
 *   npm run bench:data
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, VENV_BIN } from '../checker/paths.ts';

const run = spawnSync(join(VENV_BIN, 'python'), [join(ROOT, 'emulator', 'bench_glue_athena.py')], { encoding: 'utf8', timeout: 600_000 });
if (run.status !== 0) {
  console.error(`could not run emulator/bench_glue_athena.py:\n${run.stderr || run.error?.message}`);
  process.exit(1);
}
const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
console.log('Glue and Athena on the embedded emulator (taxi sample, 500 trips)');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
