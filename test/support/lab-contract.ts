import { beforeEach, describe, expect, it } from 'vitest';
import type { LabDefinition } from '../../checker/core/types.ts';
import { deployClients, type DeployClients } from '../../checker/deploy/clients.ts';
import { deployLab, destroyLab } from '../../checker/deploy/index.ts';
import { runChecks } from '../../checker/run.ts';
import { findLab } from '../../labs/index.ts';
import type { TestEmulator } from './emulator.ts';
import { runLabSteps } from './lab-steps.ts';

/** What a mutant gets to break the deployed reference: write clients and the account it is in. */
export interface MutantContext {
  clients: DeployClients;
  account: string;
  region: string;
  learner: string;
}

/** One change to the reference that breaks what one check verifies (and nothing else). */
export interface Mutant {
  name: string;
  apply(ctx: MutantContext): Promise<unknown>;
}

export interface LabContractOptions {
  /** Exactly one mutant per check of the lab, keyed by check id. */
  mutants: Record<string, Mutant>;
  learner?: string;
}

export const LEARNER = 'student';

/** Status of every check of `lab`, by id. */
export async function statusesOf(lab: LabDefinition, emulator: TestEmulator): Promise<Record<string, string>> {
  const result = await runChecks({ labs: [lab], target: emulator.target() });
  return Object.fromEntries(result.labs[0]!.checks.map((c) => [c.id, c.status]));
}

/**
 * The statuses when the checks in `failing` fail on their own: a check whose prerequisite does
 * not pass is skipped (not run, not a failure of its own), the rest of `failing` fail, others pass.
 */
export function expectedStatuses(lab: LabDefinition, failing: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const check of lab.checks) {
    const unmet = (check.needs ?? []).some((n) => out[n] !== 'pass');
    out[check.id] = unmet ? 'skipped' : failing.has(check.id) ? 'fail' : 'pass';
  }
  return out;
}

/** Deploys the lab's reference, after the labs it requires, as an instructor would. */
export async function deployReference(lab: LabDefinition, emulator: TestEmulator, learner = LEARNER): Promise<void> {
  for (const id of [...(lab.requires ?? []), lab.id]) await deployLab(id, { target: emulator.target(), learner });
}

/** Runs the steps of the labs this one requires, then its own, with the real AWS CLI. */
export function runStepsWithPrerequisites(lab: LabDefinition, emulator: TestEmulator): void {
  for (const id of [...(lab.requires ?? []), lab.id]) runLabSteps(id, emulator.endpoint);
}

/**
 * The contract every lab meets on the real emulator: an empty account fails every check; the
 * reference passes every check, and so do the lesson's CLI steps (a second, independent solution);
 * each mutant of the reference fails exactly its check (and the checks that need it); and after
 * the instructor's destroy, the lab fails again. A check whose prerequisite does not pass is skipped.
 */
export function describeLabContract(labId: string, emulator: TestEmulator, options: LabContractOptions): void {
  const lab = findLab(labId);
  if (!lab) throw new Error(`no lab ${labId}`);
  const learner = options.learner ?? LEARNER;
  const every = (status: string) => Object.fromEntries(lab.checks.map((c) => [c.id, status]));
  // With nothing there, the checks without prerequisites fail and every other one is skipped.
  const nothingThere = () => expectedStatuses(lab, new Set(lab.checks.map((c) => c.id)));

  describe(`${labId}: the lab contract on the emulator`, () => {
    beforeEach(() => emulator.reset());

    it('an empty account fails every check (those that need another are skipped)', async () => {
      expect(await statusesOf(lab, emulator)).toEqual(nothingThere());
    });

    it('the deployed reference passes every check; after destroy every check fails again', async () => {
      await deployReference(lab, emulator, learner);
      expect(await statusesOf(lab, emulator)).toEqual(every('pass'));
      await destroyLab(lab.id, { target: emulator.target(), learner });
      for (const id of [...(lab.requires ?? [])].reverse()) await destroyLab(id, { target: emulator.target(), learner });
      expect(await statusesOf(lab, emulator)).toEqual(nothingThere());
    });

    it("the lesson's CLI steps pass every check", async () => {
      runStepsWithPrerequisites(lab, emulator);
      expect(await statusesOf(lab, emulator)).toEqual(every('pass'));
    });

    it('there is exactly one mutant per check', () => {
      expect(Object.keys(options.mutants).sort()).toEqual(lab.checks.map((c) => c.id).sort());
    });

    it.each(Object.entries(options.mutants).map(([check, mutant]) => ({ check, ...mutant })))(
      'mutant "$name" fails $check only (and skips what needs it)',
      async ({ check, apply }) => {
        await deployReference(lab, emulator, learner);
        const clients = deployClients(emulator.target());
        try {
          const result = await runChecks({ labs: [], target: emulator.target() });
          await apply({ clients, account: result.account ?? '', region: emulator.target().region, learner });
        } finally {
          clients.close();
        }
        expect(await statusesOf(lab, emulator)).toEqual(expectedStatuses(lab, new Set([check])));
      },
    );
  });
}

/** Runs `use` with write clients on the test's emulator, closed afterwards (to break or inspect a lab's state). */
export async function withDeployClients<T>(emulator: TestEmulator, use: (clients: DeployClients) => Promise<T>): Promise<T> {
  const clients = deployClients(emulator.target());
  try {
    return await use(clients);
  } finally {
    clients.close();
  }
}
