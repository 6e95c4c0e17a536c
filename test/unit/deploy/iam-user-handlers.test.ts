import { NO_ASSETS } from '../../../checker/deploy/assets.ts';
import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import type { HandlerContext } from '../../../checker/deploy/handlers/types.ts';
import { groupHandler, userHandler } from '../../../checker/services/iam/user-handlers.ts';
import { noClients, pseudo } from './fake-handlers.ts';

const ctx = (logicalId: string): HandlerContext => ({ logicalId, pseudo, ownerTags: { 'nubelab:lab': 'iam-users' }, clients: noClients, emit: () => {}, assets: NO_ASSETS });

function refused(plan: () => unknown): unknown {
  try {
    plan();
  } catch (error) {
    if (error instanceof DeployError && error.code === 'unsupported-property') return error.details.property;
    throw error;
  }
  throw new Error('expected unsupported-property');
}

describe('AWS::IAM::User and AWS::IAM::Group handlers: planning', () => {
  it('name users and groups from their properties, with their ARNs', () => {
    expect(userHandler.plan({ UserName: 'ana', Groups: ['ec2-operators-ana'], Tags: [{ Key: 'k', Value: 'v' }] }, ctx('Operator'))).toEqual({
      physicalId: 'ana',
      attributes: { Arn: 'arn:aws:iam::123456789012:user/ana' },
    });
    expect(groupHandler.plan({ GroupName: 'ec2-operators-ana', Path: '/team/' }, ctx('Ec2Operators'))).toEqual({
      physicalId: 'ec2-operators-ana',
      attributes: { Arn: 'arn:aws:iam::123456789012:group/team/ec2-operators-ana' },
    });
  });

  it('name unnamed ones deterministically from stack and logical id', () => {
    const first = userHandler.plan({}, ctx('Operator')).physicalId;
    expect(first).toMatch(/^Test-Operator-[0-9a-f]{12}$/);
    expect(userHandler.plan({}, ctx('Operator')).physicalId).toBe(first);
    expect(groupHandler.plan({}, ctx('Ec2Operators')).physicalId).toMatch(/^Test-Ec2Operators-[0-9a-f]{12}$/);
  });

  it('refuse what they would not apply: a password in the template, a permissions boundary, unknown keys', () => {
    expect(refused(() => userHandler.plan({ UserName: 'ana', LoginProfile: { Password: 'x' } }, ctx('Operator')))).toBe('LoginProfile');
    expect(refused(() => userHandler.plan({ PermissionsBoundary: 'arn:aws:iam::aws:policy/X' }, ctx('Operator')))).toBe('PermissionsBoundary');
    expect(refused(() => userHandler.plan({ Policies: [{ PolicyName: 'p', PolicyDocument: {}, Extra: 1 }] }, ctx('Operator')))).toBe('Policies[0].Extra');
    expect(refused(() => groupHandler.plan({ GroupName: 'g', Tags: [] }, ctx('Ec2Operators')))).toBe('Tags');
  });
});
