import { describe, expect, it } from 'vitest';
import { applyPlan, removePlan } from '../../../checker/deploy/emulator/engine.ts';
import { planTemplate } from '../../../checker/deploy/emulator/plan.ts';
import { DeployError } from '../../../checker/deploy/errors.ts';
import type { CfnTemplate } from '../../../checker/deploy/template/types.ts';
import { fakeHandler, noClients, pseudo, recorder, type FakeOptions } from './fake-handlers.ts';

const template: CfnTemplate = {
  Resources: {
    Second: { Type: 'Test::Thing', Properties: { Name: 'second', Needs: { 'Fn::GetAtt': ['First', 'Arn'] } } },
    First: { Type: 'Test::Thing', Properties: { Name: 'first' } },
    Third: { Type: 'Test::Thing', Properties: { Needs: { Ref: 'Second' } }, DeletionPolicy: 'Delete' },
  },
};

function setup(options: FakeOptions = {}, t: CfnTemplate = template) {
  const calls: string[] = [];
  const { events, emit } = recorder();
  const handlers = new Map([['Test::Thing', fakeHandler('Test::Thing', calls, options)]]);
  const plan = planTemplate({ template: t, pseudo, ownerTags: {}, clients: noClients, emit, handlers });
  return { plan, calls, events, emit };
}

async function rejection(promise: Promise<unknown>): Promise<DeployError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof DeployError)) throw new Error(`expected a DeployError, got ${String(error)}`);
  return error;
}

describe('applyPlan', () => {
  it('creates resources in dependency order and reports each', async () => {
    const { plan, calls, events, emit } = setup();
    const done = await applyPlan(plan, emit);
    expect(calls).toEqual(['apply First', 'apply Second', 'apply Third']);
    expect(done.map((r) => [r.logicalId, r.physicalId, r.action])).toEqual([
      ['First', 'first', 'created'],
      ['Second', 'second', 'created'],
      ['Third', 'Third', 'created'],
    ]);
    expect(events.filter((e) => e.kind === 'resource-created').map((e) => 'logicalId' in e && e.logicalId)).toEqual(['First', 'Second', 'Third']);
  });

  it('updates resources that are already ours (re-deploy)', async () => {
    const { plan, emit } = setup({ ownership: { First: 'ours', Second: 'ours', Third: 'ours' } });
    expect((await applyPlan(plan, emit)).map((r) => r.action)).toEqual(['updated', 'updated', 'updated']);
  });

  it('rolls back what it created when a resource fails, then reports the failure', async () => {
    const { plan, calls, events, emit } = setup({ failApplyOf: 'Third' });
    const error = await rejection(applyPlan(plan, emit));
    expect(calls).toEqual(['apply First', 'apply Second', 'apply Third', 'remove Second', 'remove First']);
    expect(error.code).toBe('resource-failed');
    expect(error.details).toMatchObject({ logicalId: 'Third', awsCode: 'InternalError', rolledBack: ['Second', 'First'], rollbackFailed: [] });
    expect(events).toContainEqual({ kind: 'rollback-started', failedLogicalId: 'Third', toDelete: ['Second', 'First'] });
  });

  it('does not roll back resources it only updated', async () => {
    const { plan, calls, emit } = setup({ failApplyOf: 'Third', ownership: { First: 'ours' } });
    await rejection(applyPlan(plan, emit));
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual(['remove Second']);
  });

  it('changes nothing when a name is taken by a resource that is not ours', async () => {
    const { plan, calls, emit } = setup({ ownership: { Second: 'foreign' } });
    const error = await rejection(applyPlan(plan, emit));
    expect(error.code).toBe('resource-exists');
    expect(error.details).toEqual({ logicalId: 'Second', type: 'Test::Thing', physicalId: 'second' });
    expect(calls).toEqual([]);
  });
});

describe('removePlan', () => {
  it('deletes in reverse creation order and reports what was already gone', async () => {
    const { plan, calls, emit } = setup({ absent: ['Second'] });
    const result = await removePlan(plan, emit);
    expect(calls).toEqual(['remove Third', 'remove Second', 'remove First']);
    expect(result.deleted.map((r) => r.logicalId)).toEqual(['Third', 'First']);
    expect(result.absent.map((r) => r.logicalId)).toEqual(['Second']);
  });

  it('keeps resources whose DeletionPolicy is Retain', async () => {
    const retained: CfnTemplate = { Resources: { Kept: { Type: 'Test::Thing', DeletionPolicy: 'Retain' }, Gone: { Type: 'Test::Thing' } } };
    const { plan, calls, events, emit } = setup({}, retained);
    await removePlan(plan, emit);
    expect(calls).toEqual(['remove Gone']);
    expect(events).toContainEqual({ kind: 'resource-skipped', logicalId: 'Kept', type: 'Test::Thing', reason: 'retained' });
  });

  it('deletes nothing when a resource with the stack\'s names is not ours', async () => {
    const { plan, calls, emit } = setup({ ownership: { First: 'foreign' } });
    expect((await rejection(removePlan(plan, emit))).code).toBe('resource-not-owned');
    expect(calls).toEqual([]);
  });
});
