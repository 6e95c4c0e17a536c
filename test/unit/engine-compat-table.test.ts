import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labs } from '../../labs/index.ts';
import { RENDERED_FILES, readCompat, renderTable, spliceTable } from '../../scripts/engine-compat-render.ts';

/**
 * The compatibility table (emulator/engines/compatibility.json) comes from a real run of every lab
 * on each engine (scripts/engine-compat.ts). It is stale when a lab or a check was added or
 * removed since, or when the README or the site page no longer show what the data says.
 */
describe('the engine compatibility table', () => {
  const data = readCompat();

  it('covers moto, LocalStack and MiniStack', () => {
    expect(data.engines.map((e) => e.engine)).toEqual(['moto', 'localstack', 'ministack']);
  });

  it.each(['moto', 'localstack', 'ministack'])('has, for %s, every lab and every check of labs/index.ts', (engine) => {
    const run = data.engines.find((e) => e.engine === engine)!;
    expect(run.labs.map((l) => l.lab)).toEqual(labs.map((l) => l.id));
    for (const lab of labs) expect(Object.keys(run.labs.find((l) => l.lab === lab.id)!.checks)).toEqual(lab.checks.map((c) => c.id));
  });

  it('has a reason for every check that did not pass on the reference', () => {
    for (const run of data.engines) {
      for (const lab of run.labs) {
        for (const [id, cell] of Object.entries(lab.checks)) {
          if (cell.reference !== 'pass') expect(cell.reason?.es && cell.reason?.en, `${run.engine} ${lab.lab} ${id}`).toBeTruthy();
        }
      }
    }
  });

  it.each(RENDERED_FILES)('is rendered up to date in $file', ({ file, lang }) => {
    const text = readFileSync(file, 'utf8');
    expect(spliceTable(text, renderTable(data, lang), file)).toBe(text);
  });
});
