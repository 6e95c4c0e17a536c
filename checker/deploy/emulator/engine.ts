import { errorCode } from '../../aws/errors.ts';
import { DeployError, isDeployError } from '../errors.ts';
import type { DeployedResource, ProgressListener } from '../events.ts';
import { hasPlaceholder } from '../handlers/deferred.ts';
import type { PlannedStep, TemplatePlan } from './plan.ts';

/**
 * Applies a planned template with the handlers' SDK calls, in dependency order, and removes it
 * in reverse order. All or nothing: if one resource fails, what this run created is deleted.
 */

/** A step as it stands now: the placeholders of ids AWS picked, once known, replaced by them. */
function current(plan: TemplatePlan, step: PlannedStep) {
  return { planned: plan.live.substitute(step.planned), properties: plan.live.substitute(step.properties) };
}

/** What progress and results name a resource by; one whose id AWS picks and that was never found, by its logical id. */
function describe(plan: TemplatePlan, step: PlannedStep) {
  const physicalId = current(plan, step).planned.physicalId;
  return { logicalId: step.logicalId, type: step.type, physicalId: hasPlaceholder(physicalId) ? step.logicalId : physicalId };
}

/**
 * Finds the existing resources whose ids AWS picks, in creation order, so that a child (a
 * route) is looked for through its parent's real id (its route table's). A resource whose parent
 * does not exist does not exist either.
 */
async function locateExisting(plan: TemplatePlan): Promise<void> {
  for (const step of plan.steps) {
    if (!step.handler.locate) continue;
    const { planned, properties } = current(plan, step);
    if (hasPlaceholder(properties)) continue;
    const found = await step.handler.locate(planned, properties, step.ctx);
    if (found) plan.live.learn(step.planned, found);
  }
}

/** Resources with the template's names that NubeLab did not deploy (checked before any change). */
async function foreignSteps(plan: TemplatePlan): Promise<PlannedStep[]> {
  const owners = await Promise.all(plan.steps.map((step) => {
    const { planned, properties } = current(plan, step);
    return step.handler.ownership(planned, properties, step.ctx);
  }));
  return plan.steps.filter((_, i) => owners[i] === 'foreign');
}

/** Applies one step and, for a resource whose id AWS picks, learns that id for the steps after it. */
async function applyStep(plan: TemplatePlan, step: PlannedStep): Promise<'created' | 'updated'> {
  const { planned, properties } = current(plan, step);
  // Creation order puts every resource after those it refers to, so their ids are known by now.
  if (hasPlaceholder(properties)) throw new Error(`${step.logicalId} refers to a resource whose id is not known`);
  const action = await step.handler.apply(planned, properties, step.ctx);
  if (step.handler.locate) {
    const found = await step.handler.locate(planned, properties, step.ctx);
    if (!found) throw new Error(`${step.logicalId} was ${action} but cannot be found afterwards`);
    plan.live.learn(step.planned, found);
  }
  return action;
}

export async function applyPlan(plan: TemplatePlan, emit: ProgressListener): Promise<DeployedResource[]> {
  for (const skip of plan.skipped) emit({ kind: 'resource-skipped', ...skip });
  await locateExisting(plan);
  const [foreign] = await foreignSteps(plan);
  if (foreign) {
    throw new DeployError('resource-exists', `${foreign.type} ${foreign.planned.physicalId} already exists and was not deployed by NubeLab`, describe(plan, foreign));
  }

  const done: DeployedResource[] = [];
  const created: PlannedStep[] = [];
  for (const step of plan.steps) {
    emit({ kind: 'resource-creating', ...describe(plan, step) });
    try {
      const action = await applyStep(plan, step);
      if (action === 'created') created.push(step);
      done.push({ ...describe(plan, step), action });
      emit({ kind: action === 'created' ? 'resource-created' : 'resource-updated', ...describe(plan, step) });
    } catch (error) {
      // A resource created but not yet located is rolled back by what its handler can still find.
      if (step.handler.locate) await locateOne(plan, step).then((found) => found && created.push(step));
      const { rolledBack, rollbackFailed } = await rollBack(plan, step, created, emit);
      if (isDeployError(error)) throw error;
      throw new DeployError(
        'resource-failed',
        `Could not create ${step.type} ${describe(plan, step).physicalId}: ${(error as Error).message}`,
        { ...describe(plan, step), awsCode: errorCode(error), rolledBack, rollbackFailed },
        error,
      );
    }
  }
  return done;
}

/** Whether a failed step left its resource behind (it was created, then something after failed). */
async function locateOne(plan: TemplatePlan, step: PlannedStep): Promise<boolean> {
  const { planned, properties } = current(plan, step);
  if (!hasPlaceholder(planned.physicalId) || hasPlaceholder(properties)) return false;
  const found = await step.handler.locate!(planned, properties, step.ctx).catch(() => undefined);
  if (found) plan.live.learn(step.planned, found);
  return Boolean(found);
}

async function rollBack(plan: TemplatePlan, failed: PlannedStep, created: readonly PlannedStep[], emit: ProgressListener) {
  emit({ kind: 'rollback-started', failedLogicalId: failed.logicalId, toDelete: created.map((s) => s.logicalId).reverse() });
  const rolledBack: string[] = [];
  const rollbackFailed: string[] = [];
  for (const step of [...created].reverse()) {
    try {
      await removeStep(plan, step, emit);
      rolledBack.push(step.logicalId);
    } catch {
      rollbackFailed.push(step.logicalId);
    }
  }
  return { rolledBack, rollbackFailed };
}

async function removeStep(plan: TemplatePlan, step: PlannedStep, emit: ProgressListener): Promise<'deleted' | 'absent'> {
  emit({ kind: 'resource-deleting', ...describe(plan, step) });
  const { planned, properties } = current(plan, step);
  // An id AWS picks that could not be located belongs to a resource that does not exist.
  const result = step.handler.locate && hasPlaceholder(planned.physicalId) ? 'absent' : await step.handler.remove(planned, properties, step.ctx);
  emit({ kind: result === 'deleted' ? 'resource-deleted' : 'resource-absent', ...describe(plan, step) });
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
  await locateExisting(plan);
  const [foreign] = await foreignSteps(plan);
  if (foreign) {
    throw new DeployError('resource-not-owned', `${foreign.type} ${foreign.planned.physicalId} was not deployed by NubeLab; nothing was deleted`, describe(plan, foreign));
  }
  await beforeRemove?.(plan.steps.map((step) => describe(plan, step)));
  const result: RemovalResult = { deleted: [], absent: [] };
  for (const step of [...plan.steps].reverse()) {
    if (step.deletionPolicy === 'Retain' || step.deletionPolicy === 'RetainExceptOnCreate') {
      emit({ kind: 'resource-skipped', logicalId: step.logicalId, type: step.type, reason: 'retained' });
      continue;
    }
    try {
      const outcome = await removeStep(plan, step, emit);
      result[outcome === 'deleted' ? 'deleted' : 'absent'].push(describe(plan, step));
    } catch (error) {
      if (isDeployError(error)) throw error;
      throw new DeployError('delete-failed', `Could not delete ${step.type} ${describe(plan, step).physicalId}: ${(error as Error).message}`, {
        ...describe(plan, step),
        awsCode: errorCode(error),
      }, error);
    }
  }
  return result;
}
