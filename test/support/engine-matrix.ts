import { resolveTarget, type Target } from '../../checker/aws/target.ts';
import type { Localized } from '../../checker/core/i18n.ts';
import type { Finding, LabDefinition } from '../../checker/core/types.ts';
import { deployLab, isDeployError } from '../../checker/deploy/index.ts';
import { runChecks } from '../../checker/run.ts';
import { ENGINE_GAPS } from '../../checker/emulator/engine-gaps.ts';
import { labs } from '../../labs/index.ts';
import { deployClients } from '../../checker/deploy/clients.ts';
import type { Mutant } from './lab-contract.ts';

/**
 * The grading matrix: every lab of labs/index.ts on one running engine, each lab in an account of
 * its own (`--account`), so no engine needs a reset between labs. For each lab: the checks on the
 * empty account, the reference deploy (with the labs it requires) and the checks on it.
 */
export type CellStatus = Finding['status'];

export interface CheckCell {
  empty: CellStatus;
  reference: CellStatus;
  /** not_applicable/error/fail on the reference: what the check or the engine said, in both languages. */
  reason?: Localized;
  /** not_applicable because the engine lacks this behaviour (engine-features.ts); the check itself said `withoutGap`. */
  lacks?: string;
  withoutGap?: CellStatus;
  /** skipped: the status of the check it needed (not_applicable when that is the engine's gap). */
  unmetStatus?: CellStatus;
}

export interface LabRow {
  lab: string;
  account: string;
  /** How long the reference's `check` took (ms), the run's own wall time. */
  checkMs: number;
  deployMs: number;
  /** The deploy failed: its error (the checks then ran on whatever was created). */
  deployError?: string;
  /** Resources the deploy skipped because the engine lacks their service. */
  skipped: string[];
  checks: Record<string, CheckCell>;
}

export interface EngineRun {
  engine: string;
  version: string;
  labs: LabRow[];
}

const LEARNER = 'student';

/** Account 2000000000NN for the lab at index NN: a fresh account per lab and per run. */
export const accountFor = (index: number, base = 200000000000) => String(base + index).padStart(12, '0');

function targetFor(endpoint: string, account: string): Target {
  return resolveTarget({ kind: 'emulator', endpoint, account, region: 'us-east-1' }, {});
}

async function statuses(lab: LabDefinition, target: Target): Promise<{ checks: Finding[]; ms: number }> {
  const started = Date.now();
  const result = await runChecks({ labs: [lab], target });
  return { checks: result.labs[0]!.checks, ms: Date.now() - started };
}

const firstLine = (text: string) => text.split('\n')[0]!.slice(0, 220);

/** Why a check did not pass on the reference: the engine's gap (ENGINE_GAPS) or the check's own message. */
const reasonOf = (f: Finding): Localized | undefined => {
  if (f.status === 'pass') return undefined;
  const error = typeof f.evidence.error === 'string' ? f.evidence.error : undefined;
  const gap = Object.values(ENGINE_GAPS).flatMap((gaps) => Object.values(gaps ?? {})).find((reason) => reason.en === error);
  if (gap) return gap;
  return { es: firstLine(f.message.es), en: firstLine(f.message.en) };
};

export async function runLabOnEngine(lab: LabDefinition, endpoint: string, account: string): Promise<LabRow> {
  const target = targetFor(endpoint, account);
  const empty = await statuses(lab, target);
  const row: LabRow = { lab: lab.id, account, checkMs: 0, deployMs: 0, skipped: [], checks: {} };
  const started = Date.now();
  try {
    for (const id of [...(lab.requires ?? []), lab.id]) {
      const result = await deployLab(id, { target, learner: LEARNER });
      if (id === lab.id) row.skipped = (result.skippedForEngine ?? []).map((s) => (s.feature ? `lacks ${s.feature}: ` : '') + `${s.type} ${s.logicalId}${s.property ? ` ${s.property}` : ''}`);
    }
  } catch (error) {
    row.deployError = isDeployError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
  }
  row.deployMs = Date.now() - started;
  const reference = await statuses(lab, target);
  row.checkMs = reference.ms;
  for (const finding of reference.checks) {
    const before = empty.checks.find((f) => f.id === finding.id)!;
    const reason = reasonOf(finding);
    const lacks = typeof finding.evidence.engineLacks === 'string' ? { lacks: finding.evidence.engineLacks, withoutGap: finding.evidence.statusWithoutGap as CellStatus } : {};
    const unmet = finding.status === 'skipped' ? { unmetStatus: finding.evidence.unmetStatus as CellStatus } : {};
    row.checks[finding.id] = { empty: before.status, reference: finding.status, ...(reason ? { reason } : {}), ...lacks, ...unmet };
  }
  return row;
}

export async function runMatrix(engine: string, version: string, endpoint: string, accountBase: number): Promise<EngineRun> {
  const rows: LabRow[] = [];
  // One lab after another: the engines and the deploys share the machine's two cores.
  for (const [index, lab] of labs.entries()) rows.push(await runLabOnEngine(lab, endpoint, accountFor(index, accountBase)));
  return { engine, version, labs: rows };
}

/**
 * One mutant of the lab's reference on an engine, in a fresh account: deploy the reference (and
 * the labs it requires), break it the mutant's way, and return the status of every check.
 */
export async function runMutantOnEngine(lab: LabDefinition, mutant: Mutant, endpoint: string, account: string): Promise<Record<string, CellStatus>> {
  const target = targetFor(endpoint, account);
  for (const id of [...(lab.requires ?? []), lab.id]) await deployLab(id, { target, learner: LEARNER });
  const clients = deployClients(target);
  try {
    await mutant.apply({ clients, account, region: target.region, learner: LEARNER });
  } finally {
    clients.close();
  }
  const { checks } = await statuses(lab, target);
  return Object.fromEntries(checks.map((f) => [f.id, f.status]));
}
