import { createAccountReaders } from './aws/readers.ts';
import type { OperationListener } from './aws/read-only.ts';
import type { Target } from './aws/target.ts';
import { runLab } from './core/engine.ts';
import { createMemo } from './core/memo.ts';
import type { CheckContext, LabDefinition, RunResult } from './core/types.ts';

export interface RunOptions {
  labs: readonly LabDefinition[];
  target: Target;
  /** Sees every AWS operation the run sends (all read-only; the guard refuses anything else). */
  onOperation?: OperationListener;
}

/**
 * Checks one or more labs against an account. The caller's identity is read first: it is needed
 * anyway (account-level settings) and tells at once whether the endpoint answers at all.
 */
export async function runChecks({ labs, target, onOperation }: RunOptions): Promise<RunResult> {
  const memo = createMemo();
  const { readers, destroy } = createAccountReaders(target, { onOperation }, memo);
  try {
    const account = await readers.account.id();
    const ctx: CheckContext = {
      get s3() {
        return readers.s3;
      },
      account: readers.account,
      settings: { region: target.region },
      derive: (key, compute) => memo(`derived:${key}`, compute),
    };
    const results = [];
    for (const lab of labs) results.push(await runLab(lab, ctx));
    return {
      target: target.kind,
      endpoint: target.endpoint,
      region: target.region,
      account,
      score: results.reduce((sum, r) => sum + r.score, 0),
      maxScore: results.reduce((sum, r) => sum + r.maxScore, 0),
      labs: results,
    };
  } finally {
    destroy();
  }
}
