import type { DeployClients } from '../../../checker/deploy/clients.ts';
import type { DeployEvent } from '../../../checker/deploy/events.ts';
import type { Ownership, ResourceHandler } from '../../../checker/deploy/handlers/types.ts';
import type { PseudoParameters } from '../../../checker/deploy/template/types.ts';

export const pseudo: PseudoParameters = { accountId: '123456789012', region: 'us-east-1', partition: 'aws', stackName: 'Test', urlSuffix: 'amazonaws.com' };

/** Planning makes no API calls; a deploy that tried would fail on this. */
export const noClients = {} as DeployClients;

export interface FakeOptions {
  failApplyOf?: string;
  ownership?: Record<string, Ownership>;
  absent?: string[];
}

/** A handler that records what it was asked to do, named by the `Name` property (else the logical id). */
export function fakeHandler(type: string, calls: string[], options: FakeOptions = {}): ResourceHandler {
  return {
    type,
    plan: (properties, ctx) => ({ physicalId: String(properties.Name ?? ctx.logicalId), attributes: { Arn: `arn:fake:${ctx.logicalId}` } }),
    ownership: async (_planned, _properties, ctx) => options.ownership?.[ctx.logicalId] ?? 'absent',
    async apply(planned, _properties, ctx) {
      calls.push(`apply ${ctx.logicalId}`);
      if (ctx.logicalId === options.failApplyOf) throw Object.assign(new Error('boom'), { name: 'InternalError' });
      return options.ownership?.[ctx.logicalId] === 'ours' ? 'updated' : 'created';
    },
    async remove(_planned, _properties, ctx) {
      calls.push(`remove ${ctx.logicalId}`);
      return options.absent?.includes(ctx.logicalId) ? 'absent' : 'deleted';
    },
  };
}

export function recorder(): { events: DeployEvent[]; emit: (event: DeployEvent) => void } {
  const events: DeployEvent[] = [];
  return { events, emit: (event) => events.push(event) };
}
