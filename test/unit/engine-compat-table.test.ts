import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_FEATURE_GAPS } from '../../checker/emulator/engine-gaps.ts';
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

  it("records no failure and no error on any engine's reference: an engine's gap is not applicable, with its reason", () => {
    for (const run of data.engines) {
      const broken = run.labs.flatMap((lab) => Object.entries(lab.checks).filter(([, c]) => c.reference === 'fail' || c.reference === 'error').map(([id]) => `${lab.lab} ${id}`));
      expect(broken, run.engine).toEqual([]);
      expect(run.labs.filter((l) => l.deployError).map((l) => `${l.lab}: ${l.deployError}`), run.engine).toEqual([]);
    }
  });

  it('shows every behaviour an engine is declared to lack at work in its run: each declaration is measured, none is dead', () => {
    for (const run of data.engines) {
      const declared = Object.keys(ENGINE_FEATURE_GAPS[run.engine as 'localstack' | 'ministack'] ?? {}).sort();
      const seen = new Set(run.labs.flatMap((lab) => Object.values(lab.checks).flatMap((c) => (c.lacks ? [c.lacks] : []))));
      const skippedForIt = new Set(run.labs.flatMap((lab) => lab.skipped.flatMap((s) => /^lacks ([^:]+):/.exec(s)?.[1] ?? [])));
      expect(declared.filter((f) => !seen.has(f) && !skippedForIt.has(f)), run.engine).toEqual([]);
      // A check is not applicable for a behaviour only where it did not pass on its own, or where
      // the engine is declared to fake that behaviour (a pass there proves nothing).
      const gaps = ENGINE_FEATURE_GAPS[run.engine as 'localstack' | 'ministack'] ?? {};
      for (const lab of run.labs) {
        for (const c of Object.values(lab.checks)) {
          if (c.lacks) expect(gaps[c.lacks as keyof typeof gaps]?.masksFailures ? ['pass', 'fail', 'error'] : ['fail', 'error']).toContain(c.withoutGap);
        }
      }
    }
  });

  it.each(RENDERED_FILES)('is rendered up to date in $file', ({ file, lang }) => {
    const text = readFileSync(file, 'utf8');
    expect(spliceTable(text, renderTable(data, lang), file)).toBe(text);
  });
});
