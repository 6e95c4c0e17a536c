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
    // The readers object's getters build each service's reader on first use; the context keeps them lazy.
    const ctx = Object.create(readers, {
      settings: { value: { region: target.region } },
      derive: { value: (key: string, compute: () => Promise<unknown>) => memo(`derived:${key}`, compute) },
    }) as CheckContext;
    // Labs share the memo, so running them together still reads each fact once.
    const results = await Promise.all(labs.map((lab) => runLab(lab, ctx)));
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
