import { describe, expect, it } from 'vitest';
import { labs } from '../../labs/index.ts';
import { SHARED_MUTANTS } from '../support/mutants/index.ts';

/**
 * The engine matrix runs every lab's mutants on LocalStack and MiniStack, and each lab's contract
 * test runs the same ones on moto: a lab added to labs/index.ts joins both by having its mutants
 * in test/support/mutants/, one per check.
 */
describe('the shared mutants', () => {
  it('exist for every lab of labs/index.ts and no other', () => {
    expect(Object.keys(SHARED_MUTANTS).sort()).toEqual(labs.map((l) => l.id).sort());
  });

  it.each(labs.map((lab) => ({ id: lab.id, lab })))('$id: exactly one mutant per check, each with a name', ({ id, lab }) => {
    const mutants = SHARED_MUTANTS[id] ?? {};
    expect(Object.keys(mutants).sort()).toEqual(lab.checks.map((c) => c.id).sort());
    for (const mutant of Object.values(mutants)) expect(mutant.name.length).toBeGreaterThan(5);
  });
});
