import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstalledEngine } from '../../checker/emulator/engine-process.ts';
import { freePort, removeEmulatorFiles, stopEmulator } from '../../checker/emulator/moto.ts';
import { labs } from '../../labs/index.ts';
import { readCompat } from '../../scripts/engine-compat-render.ts';
import { accountFor, runLabOnEngine } from '../support/engine-matrix.ts';

/**
 * Every lab of labs/index.ts on LocalStack and MiniStack, one engine after the other (moto's side
 * of the matrix is each lab's own contract test, mutants included). Per lab, in an account of its
 * own: the empty account passes no check, and the reference deploy gives exactly the statuses the
 * committed compatibility table records, so the table is proven by this run and a change on
 * either side fails here. Budget: about 6 minutes for both engines on two cores (measured: see
 * the README's engine section); most of it is MiniStack's wait for a Lambda copy that never comes.
 */
const table = readCompat();

describe.each(['localstack', 'ministack'] as const)('%s: every lab', (engine) => {
  let port = 0;
  let endpoint = '';
  // A base of its own per run, so a rerun on a reused engine never meets an earlier run's resources.
  const accountBase = 300000000000 + (Date.now() % 1000) * 1000;
  beforeAll(async () => {
    port = await freePort();
    endpoint = (await startInstalledEngine(engine, port)).endpoint;
  }, 180_000);
  afterAll(async () => {
    await stopEmulator(port, { save: false });
    await removeEmulatorFiles(port);
  }, 30_000);

  it.each(labs.map((lab, index) => ({ lab, index, id: lab.id })))(
    '$id: the empty account passes nothing; the reference gives the table\'s statuses',
    async ({ lab, index }) => {
      const row = await runLabOnEngine(lab, endpoint, accountFor(index, accountBase));
      const passedWhenEmpty = Object.entries(row.checks).filter(([, cell]) => cell.empty === 'pass').map(([id]) => id);
      expect(passedWhenEmpty).toEqual([]);
      const recorded = table.engines.find((e) => e.engine === engine)!.labs.find((l) => l.lab === lab.id)!;
      const statuses = (checks: Record<string, { reference: string }>) => Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, c.reference]));
      expect(statuses(row.checks)).toEqual(statuses(recorded.checks));
    },
    240_000,
  );
});
