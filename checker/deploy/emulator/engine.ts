import { errorCode } from '../../aws/errors.ts';
import { DeployError, isDeployError } from '../errors.ts';
import type { DeployedResource, ProgressListener } from '../events.ts';
import type { PlannedStep, TemplatePlan } from './plan.ts';

/**
 * Applies a planned template with the handlers' SDK calls, in dependency order, and removes it
 * in reverse order. All or nothing: if one resource fails, what this run created is deleted.
 */

const describe = (step: PlannedStep) => ({ logicalId: step.logicalId, type: step.type, physicalId: step.planned.physicalId });

/** Resources with the template's names that NubeLab did not deploy (checked before any change). */
async function foreignSteps(plan: TemplatePlan): Promise<PlannedStep[]> {
  const owners = await Promise.all(plan.steps.map((step) => step.handler.ownership(step.planned, step.properties, step.ctx)));
  return plan.steps.filter((_, i) => owners[i] === 'foreign');
}

export async function applyPlan(plan: TemplatePlan, emit: ProgressListener): Promise<DeployedResource[]> {
  for (const skip of plan.skipped) emit({ kind: 'resource-skipped', ...skip });
  const [foreign] = await foreignSteps(plan);
  if (foreign) {
    throw new DeployError('resource-exists', `${foreign.type} ${foreign.planned.physicalId} already exists and was not deployed by NubeLab`, describe(foreign));
  }

  const done: DeployedResource[] = [];
  const created: PlannedStep[] = [];
  for (const step of plan.steps) {
    emit({ kind: 'resource-creating', ...describe(step) });
    try {
      const action = await step.handler.apply(step.planned, step.properties, step.ctx);
      if (action === 'created') created.push(step);
      done.push({ ...describe(step), action });
      emit({ kind: action === 'created' ? 'resource-created' : 'resource-updated', ...describe(step) });
    } catch (error) {
      const { rolledBack, rollbackFailed } = await rollBack(step, created, emit);
      if (isDeployError(error)) throw error;
      throw new DeployError(
        'resource-failed',
        `Could not create ${step.type} ${step.planned.physicalId}: ${(error as Error).message}`,
        { ...describe(step), awsCode: errorCode(error), rolledBack, rollbackFailed },
        error,
      );
    }
  }
  return done;
}

async function rollBack(failed: PlannedStep, created: readonly PlannedStep[], emit: ProgressListener) {
  emit({ kind: 'rollback-started', failedLogicalId: failed.logicalId, toDelete: created.map((s) => s.logicalId).reverse() });
  const rolledBack: string[] = [];
  const rollbackFailed: string[] = [];
  for (const step of [...created].reverse()) {
    try {
      await removeStep(step, emit);
      rolledBack.push(step.logicalId);
    } catch {
      rollbackFailed.push(step.logicalId);
    }
  }
  return { rolledBack, rollbackFailed };
}

async function removeStep(step: PlannedStep, emit: ProgressListener): Promise<'deleted' | 'absent'> {
  emit({ kind: 'resource-deleting', ...describe(step) });
  const result = await step.handler.remove(step.planned, step.properties, step.ctx);
  emit({ kind: result === 'deleted' ? 'resource-deleted' : 'resource-absent', ...describe(step) });
  return result;
}

export interface RemovalResult {
  deleted: DeployedResource[];
  absent: DeployedResource[];
}

/**
 * Deletes the template's resources, last created first. Resources already gone are reported
 * and skipped; if any resource with the template's names is not ours, nothing is deleted.
 */
export async function removePlan(
  plan: TemplatePlan,
  emit: ProgressListener,
  /** Runs once every resource is known to be ours, before anything is deleted (a lab's setup removal). */
  beforeRemove?: (resources: DeployedResource[]) => Promise<void>,
): Promise<RemovalResult> {
  const [foreign] = await foreignSteps(plan);
  if (foreign) {
    throw new DeployError('resource-not-owned', `${foreign.type} ${foreign.planned.physicalId} was not deployed by NubeLab; nothing was deleted`, describe(foreign));
  }
  await beforeRemove?.(plan.steps.map(describe));
  const result: RemovalResult = { deleted: [], absent: [] };
  for (const step of [...plan.steps].reverse()) {
    if (step.deletionPolicy === 'Retain' || step.deletionPolicy === 'RetainExceptOnCreate') {
      emit({ kind: 'resource-skipped', logicalId: step.logicalId, type: step.type, reason: 'retained' });
      continue;
    }
    try {
      const outcome = await removeStep(step, emit);
      result[outcome === 'deleted' ? 'deleted' : 'absent'].push(describe(step));
    } catch (error) {
      if (isDeployError(error)) throw error;
      throw new DeployError('delete-failed', `Could not delete ${step.type} ${step.planned.physicalId}: ${(error as Error).message}`, {
        ...describe(step),
        awsCode: errorCode(error),
      }, error);
    }
  }
  return result;
}
