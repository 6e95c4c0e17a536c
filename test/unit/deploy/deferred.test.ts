import { describe, expect, it } from 'vitest';
import { applyPlan, removePlan } from '../../../checker/deploy/emulator/engine.ts';
import { planTemplate } from '../../../checker/deploy/emulator/plan.ts';
import { deferredResource, hasPlaceholder, LiveValues } from '../../../checker/deploy/handlers/deferred.ts';
import type { ResourceHandler } from '../../../checker/deploy/handlers/types.ts';
import type { CfnTemplate } from '../../../checker/deploy/template/types.ts';
import { noClients, pseudo, recorder } from './fake-handlers.ts';

/**
 * Resources whose ids AWS picks (EC2): planned as placeholders, located after creation and
 * before removal, their real ids substituted into the resources that refer to them.
 */

/** A fake EC2-like account: ids are handed out on creation, children are found through their parent. */
function fakeAccount() {
  const existing = new Map<string, { id: string; properties: Record<string, unknown> }>();
  const calls: string[] = [];
  let next = 1;
  const handler: ResourceHandler = {
    type: 'Test::Network',
    plan: (_properties, ctx) => deferredResource(ctx.logicalId, ['Id']),
    ownership: async (planned) => (hasPlaceholder(planned.physicalId) ? 'absent' : 'ours'),
    async locate(_planned, _properties, ctx) {
      const found = existing.get(ctx.logicalId);
      return found && { physicalId: found.id, attributes: { Id: found.id } };
    },
    async apply(planned, properties, ctx) {
      calls.push(`apply ${ctx.logicalId} ${JSON.stringify(properties)}`);
      if (properties.Fail) throw new Error('boom');
      if (!hasPlaceholder(planned.physicalId)) return 'updated';
      existing.set(ctx.logicalId, { id: `net-${next++}`, properties: { ...properties } });
      return 'created';
    },
    async remove(planned, properties, ctx) {
      calls.push(`remove ${ctx.logicalId} ${planned.physicalId} ${JSON.stringify(properties)}`);
      existing.delete(ctx.logicalId);
      return 'deleted';
    },
  };
  return { existing, calls, handlers: new Map([['Test::Network', handler]]) };
}

const template: CfnTemplate = {
  Resources: {
    Vpc: { Type: 'Test::Network', Properties: {} },
    Subnet: { Type: 'Test::Network', Properties: { VpcId: { Ref: 'Vpc' }, Arn: { 'Fn::Join': ['/', ['net', { 'Fn::GetAtt': ['Vpc', 'Id'] }]] } } },
  },
  Outputs: { VpcId: { Value: { Ref: 'Vpc' } } },
};

function plan(account: ReturnType<typeof fakeAccount>, t = template) {
  const { events, emit } = recorder();
  return { plan: planTemplate({ template: t, pseudo, ownerTags: {}, clients: noClients, emit, handlers: account.handlers }), events, emit };
}

describe('deferred ids', () => {
  it('placeholders are replaced wherever they appear, and unknown ones stay', () => {
    const live = new LiveValues();
    const planned = deferredResource('Vpc', ['Id']);
    expect(hasPlaceholder({ a: [planned.physicalId] })).toBe(true);
    live.learn(planned, { physicalId: 'vpc-1', attributes: { Id: 'vpc-1' } });
    expect(live.substitute({ a: [`x/${planned.physicalId}`], b: deferredResource('Other', []).physicalId })).toEqual({ a: ['x/vpc-1'], b: '{{nubelab:Other.Ref}}' });
  });

  it('apply hands each resource the real ids of those it refers to, and outputs report them', async () => {
    const account = fakeAccount();
    const { plan: p, emit } = plan(account);
    const done = await applyPlan(p, emit);
    expect(account.calls).toEqual(['apply Vpc {}', 'apply Subnet {"VpcId":"net-1","Arn":"net/net-1"}']);
    expect(done.map((r) => [r.logicalId, r.physicalId, r.action])).toEqual([['Vpc', 'net-1', 'created'], ['Subnet', 'net-2', 'created']]);
    expect(p.outputs()).toEqual({ VpcId: 'net-1' });
  });

  it('a second deploy finds what exists and updates it instead of creating it again', async () => {
    const account = fakeAccount();
    await applyPlan(plan(account).plan, () => {});
    const again = plan(account);
    expect((await applyPlan(again.plan, again.emit)).map((r) => r.action)).toEqual(['updated', 'updated']);
    expect(account.existing.size).toBe(2);
  });

  it('destroy, with nothing saved, locates the resources and removes them with their real ids', async () => {
    const account = fakeAccount();
    await applyPlan(plan(account).plan, () => {});
    account.calls.length = 0;
    const removal = plan(account);
    const result = await removePlan(removal.plan, removal.emit);
    expect(account.calls).toEqual(['remove Subnet net-2 {"VpcId":"net-1","Arn":"net/net-1"}', 'remove Vpc net-1 {}']);
    expect(result.deleted.map((r) => r.physicalId)).toEqual(['net-2', 'net-1']);
  });

  it('what cannot be located is reported absent, by logical id, without asking its handler', async () => {
    const account = fakeAccount();
    const removal = plan(account);
    const result = await removePlan(removal.plan, removal.emit);
    expect(account.calls).toEqual([]);
    expect(result.absent.map((r) => r.physicalId)).toEqual(['Subnet', 'Vpc']);
  });

  it('a failure rolls back what was created, found by its real id', async () => {
    const account = fakeAccount();
    const failing: CfnTemplate = { Resources: { ...template.Resources, Subnet: { ...template.Resources.Subnet!, Properties: { ...template.Resources.Subnet!.Properties, Fail: true } } } };
    const { plan: p, emit } = plan(account, failing);
    await expect(applyPlan(p, emit)).rejects.toThrow(/boom/);
    expect(account.calls.at(-1)).toBe('remove Vpc net-1 {}');
    expect(account.existing.size).toBe(0);
  });
});
