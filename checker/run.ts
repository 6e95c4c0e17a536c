import { createAccountReaders } from './aws/readers.ts';
import { describeTargetProblem, problemDetail, targetProblemOf, type TargetProblem } from './aws/target-problem.ts';
import type { Localized } from './core/i18n.ts';
import type { OperationListener } from './aws/read-only.ts';
import type { Target } from './aws/target.ts';
import { runLab } from './core/engine.ts';
import { featureGapsOf } from './emulator/engine-gaps.ts';
import type { EngineFeature, FeatureGap } from './core/engine-features.ts';
import { createMemo } from './core/memo.ts';
import type { CheckContext, Finding, LabDefinition, LabSettings, RunResult } from './core/types.ts';

const withProblem = (problem: Localized | undefined) => (problem ? { problem } : {});

export interface RunOptions {
  labs: readonly LabDefinition[];
  target: Target;
  /** Sees every AWS operation the run sends (all read-only; the guard refuses anything else). */
  onOperation?: OperationListener;
  /** The grader's choices: a resource to grade, reference solutions left out. */
  settings?: Omit<LabSettings, 'region'>;
  /** How the learner runs the CLI (`npx nubelab` or `nubelab`), for what-to-do sentences. */
  cli?: string;
  /**
   * false: report what the checks saw even where the engine lacks a behaviour they rely on (the
   * engine matrix proves each declared gap that way). Default true.
   */
  engineGaps?: boolean;
}

/** The target could not answer the very first read: nothing was checked. One sentence says why and what to do. */
export class TargetFailure extends Error {
  override name = 'TargetFailure';
  readonly problem: TargetProblem | 'other';
  readonly description: Localized;
  constructor(problem: TargetProblem | 'other', description: Localized, cause: unknown) {
    super(description.en, { cause });
    this.problem = problem;
    this.description = description;
  }
}

const where = (target: Target) => target.endpoint ?? `AWS (${target.region})`;

/** The first target-level problem among the findings, described once for the whole report. */
function runProblem(findings: readonly Finding[], target: Target, cli: string): Localized | undefined {
  const hit = findings.find((f) => f.status === 'error' && typeof f.evidence.targetProblem === 'string');
  if (!hit) return undefined;
  const status = hit.evidence.httpStatus;
  return describeTargetProblem(hit.evidence.targetProblem as TargetProblem, {
    where: where(target), kind: target.kind, cli, detail: typeof status === 'number' ? `HTTP ${status}` : undefined,
  });
}

/** What the first read's error means for the run, in one sentence. */
function failureOf(error: unknown, target: Target, cli: string): TargetFailure {
  const problem = targetProblemOf(error);
  const detail = problemDetail(error);
  if (problem) return new TargetFailure(problem, describeTargetProblem(problem, { where: where(target), kind: target.kind, cli, detail }), error);
  const message = error instanceof Error ? error.message : String(error);
  return new TargetFailure('other', {
    es: `${where(target)} no respondió como una cuenta de AWS (${detail ?? message}). Revisa --endpoint, --target y --profile.`,
    en: `${where(target)} did not answer like an AWS account (${detail ?? message}). Check --endpoint, --target and --profile.`,
  }, error);
}

/**
 * Checks one or more labs against an account. The caller's identity is read first: it is needed
 * anyway (account-level settings) and tells at once whether the endpoint answers at all.
 */
export async function runChecks({ labs, target, onOperation, settings = {}, cli = 'npx nubelab', engineGaps = true }: RunOptions): Promise<RunResult> {
  const memo = createMemo();
  const { readers, destroy } = createAccountReaders(target, { onOperation }, memo);
  try {
    let account: string;
    try {
      account = await readers.account.id();
    } catch (error) {
      throw failureOf(error, target, cli);
    }
    // The readers object's getters build each service's reader on first use; the context keeps them lazy.
    const ctx = Object.create(readers, {
      settings: { value: { ...settings, region: target.region } },
      derive: { value: (key: string, compute: () => Promise<unknown>) => memo(`derived:${key}`, compute) },
    }) as CheckContext;
    // Labs share the memo, so running them together still reads each fact once.
    const lacking = engineGaps ? await lackingFeatures(target) : new Map();
    const results = await Promise.all(labs.map((lab) => runLab(lab, ctx, lacking)));
    return {
      target: target.kind,
      endpoint: target.endpoint,
      region: target.region,
      account,
      score: results.reduce((sum, r) => sum + r.score, 0),
      maxScore: results.reduce((sum, r) => sum + r.maxScore, 0),
      ...withProblem(runProblem(results.flatMap((r) => r.checks), target, cli)),
      labs: results,
    };
  } finally {
    destroy();
  }
}

/** The behaviours the target lacks (only LocalStack and MiniStack lack any). */
async function lackingFeatures(target: Target): Promise<ReadonlyMap<EngineFeature, FeatureGap>> {
  return featureGapsOf(target).catch(() => new Map());
}
