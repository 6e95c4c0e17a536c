import { errorCode } from '../aws/errors.ts';
import type { EngineFeature } from '../core/engine-features.ts';
import type { Localized } from '../core/i18n.ts';
import type { LabDefinition, LabSetupContext } from '../core/types.ts';
import { DeployError, isDeployError } from './errors.ts';

/**
 * Runs a lab's setup (`apply` after deploy, `remove` before destroy) if it has one. A failure
 * is a `setup-failed` DeployError: the stack itself stays as it is, and running the same command
 * again retries the setup (both directions are idempotent).
 */
export async function runLabSetup(lab: LabDefinition, phase: 'apply' | 'remove', ctx: LabSetupContext): Promise<void> {
  const setup = lab.setup;
  if (!setup) return;
  try {
    await (phase === 'apply' ? setup.apply(ctx) : setup.remove(ctx));
  } catch (error) {
    if (isDeployError(error)) throw error;
    throw new DeployError(
      'setup-failed',
      `The ${phase === 'apply' ? 'post-deploy' : 'pre-destroy'} setup of lab ${lab.id} failed: ${(error as Error).message}`,
      { labId: lab.id, phase, awsCode: errorCode(error) || undefined },
      error,
    );
  }
}

/**
 * Runs one step of a lab's setup unless the target engine lacks the behaviour it needs; then the
 * step is said to be skipped, with the engine's reason, and the checks relying on it say the same.
 */
export async function unlessEngineLacks(ctx: LabSetupContext, labId: string, feature: EngineFeature, step: Localized, run: () => Promise<void>): Promise<void> {
  const why = ctx.engineLacks(feature);
  if (!why) return run();
  ctx.emit({ kind: 'setup-step-skipped', labId, step, feature, why });
}
