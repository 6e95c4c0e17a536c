// Runs every lab on moto, LocalStack and MiniStack (one engine after another, each started here
// on its own port and stopped afterwards) and writes the compatibility table from that real run:
//   node scripts/engine-compat.ts [--engines moto,localstack,ministack] [--port 4664]
// Output: emulator/engines/compatibility.json; then `node scripts/engine-compat-render.ts` renders it.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { rssMb, startEngine } from './engine-run.ts';
import { parseArgs } from 'node:util';
import { ENGINE_SPECS, type EngineName } from '../checker/emulator/engines.ts';
import { removeEmulatorFiles, stopEmulator } from '../checker/emulator/moto.ts';
import { COMPAT_JSON } from './engine-compat-render.ts';
import { runMatrix, type EngineRun } from '../test/support/engine-matrix.ts';

const { values } = parseArgs({ options: { engines: { type: 'string', default: 'moto,localstack,ministack' }, port: { type: 'string', default: '4664' } } });
const port = Number(values.port);
const engines = values.engines!.split(',') as EngineName[];

const previous: { engines: (EngineRun & { startMs: number; rssMbAfter: number; totalMs: number })[] } = existsSync(COMPAT_JSON)
  ? JSON.parse(readFileSync(COMPAT_JSON, 'utf8'))
  : { engines: [] };
const runs = previous.engines.filter((run) => !engines.includes(run.engine as EngineName));

for (const engine of engines) {
  const t0 = Date.now();
  const status = await startEngine(engine, port);
  const startMs = Date.now() - t0;
  try {
    const version = status.version ?? (engine === 'moto' ? 'unknown' : ENGINE_SPECS[engine].version);
    const run = await runMatrix(engine, version, status.endpoint, 200000000000);
    const totalMs = Date.now() - t0;
    runs.push({ ...run, startMs, rssMbAfter: rssMb(status.pid!), totalMs });
    console.log(`${engine} ${version}: start ${startMs} ms, whole run ${(totalMs / 1000).toFixed(0)} s, RSS after ${rssMb(status.pid!)} MB`);
    for (const row of run.labs) {
      const counts = Object.values(row.checks).reduce<Record<string, number>>((acc, c) => ((acc[c.reference] = (acc[c.reference] ?? 0) + 1), acc), {});
      console.log(`  ${row.lab}: deploy ${row.deployMs} ms, check ${row.checkMs} ms, ${JSON.stringify(counts)}${row.deployError ? ` — deploy failed: ${row.deployError.slice(0, 120)}` : ''}`);
    }
  } finally {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }
}

const order = ['moto', 'localstack', 'ministack'];
runs.sort((a, b) => order.indexOf(a.engine) - order.indexOf(b.engine));
writeFileSync(COMPAT_JSON, JSON.stringify({ generatedBy: 'node scripts/engine-compat.ts', engines: runs }, null, 2) + '\n');
console.log(`wrote ${COMPAT_JSON}`);
