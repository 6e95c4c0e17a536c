/**
 * Measures the emulator's saved state (checker/emulator/moto.ts, emulator/nubelab_emulator/saved_state.py):
 * for each lab in labs/index.ts, then for all of them together, a private moto on a free port gets
 * the reference deployed (the labs it requires first), is stopped (which saves) and started again
 * (which restores), and the lab is graded again. Prints the file's size, the server's own save and
 * restore times, and the wall time of the stop and the start as the CLI sees them.
 * Exits 1 when a lab does not pass after the restore.
 *
 *   node scripts/bench-state.ts [lab...]     (default: every lab)
 */
import type { Target } from '../checker/aws/target.ts';
import type { LabDefinition } from '../checker/core/types.ts';
import { deployLab } from '../checker/deploy/index.ts';
import { freePort, removeEmulatorFiles, startEmulator, stopEmulator } from '../checker/emulator/moto.ts';
import { runChecks } from '../checker/run.ts';
import { findLab, labs } from '../labs/index.ts';

const target = (endpoint: string): Target => ({ kind: 'emulator', endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

function deployOrder(wanted: readonly LabDefinition[]): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    for (const required of findLab(id)?.requires ?? []) visit(required);
    order.push(id);
  };
  for (const lab of wanted) visit(lab.id);
  return order;
}

interface Row { name: string; mb: string; saveS: number; restoreS: number; stopS: string; startS: string; passes: boolean }

async function measure(name: string, wanted: readonly LabDefinition[]): Promise<Row> {
  const port = await freePort();
  await removeEmulatorFiles(port);
  try {
    const { endpoint } = await startEmulator(port);
    for (const id of deployOrder(wanted)) await deployLab(id, { target: target(endpoint), learner: 'student' });
    let t0 = performance.now();
    const { saved } = await stopEmulator(port);
    const stopS = ((performance.now() - t0) / 1000).toFixed(2);
    t0 = performance.now();
    const { restore } = await startEmulator(port);
    const startS = ((performance.now() - t0) / 1000).toFixed(2);
    if (!saved || restore?.outcome !== 'restored') throw new Error(`${name}: not saved and restored (${JSON.stringify(restore)})`);
    const result = await runChecks({ labs: [...wanted], target: target(endpoint) });
    const passes = result.labs.every((lab) => lab.checks.every((c) => c.status === 'pass'));
    return { name, mb: (saved.bytes / 1024 / 1024).toFixed(1), saveS: saved.seconds, restoreS: restore.seconds, stopS, startS, passes };
  } finally {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }
}

const chosen = process.argv.length > 2 ? process.argv.slice(2).map((id) => findLab(id) ?? Promise.reject(new Error(`unknown lab ${id}`))) : labs;
const wanted = (await Promise.all(chosen)) as LabDefinition[];
const rows: Row[] = [];
for (const lab of wanted) rows.push(await measure(lab.id, [lab]));
rows.push(await measure(wanted.length === labs.length ? 'all labs' : 'all chosen labs', wanted));
console.log('lab                    MB     save s  restore s  stop s (CLI)  start s (CLI)  passes after restore');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(22)} ${r.mb.padStart(5)}  ${String(r.saveS).padStart(6)}  ${String(r.restoreS).padStart(9)}  ${r.stopS.padStart(12)}  ${r.startS.padStart(13)}  ${r.passes ? 'yes' : 'NO'}`,
  );
}
process.exit(rows.every((r) => r.passes) ? 0 : 1);
