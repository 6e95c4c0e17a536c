import {
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  RemoveRoleFromInstanceProfileCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { iamClient } from '../../checker/services/iam/reader.ts';
import type { Mutant, MutantContext } from './lab-contract.ts';

/** Mutants shared by the labs whose product is a role for EC2 (built by labs/shared/ec2-role.ts). */

export const iamOf = ({ clients }: MutantContext) => clients.get(iamClient);

/** Detaches every managed policy of the role. */
export async function detachAll(ctx: MutantContext, role: string): Promise<void> {
  const attached = (await iamOf(ctx).send(new ListAttachedRolePoliciesCommand({ RoleName: role }))).AttachedPolicies ?? [];
  for (const p of attached) await iamOf(ctx).send(new DetachRolePolicyCommand({ RoleName: role, PolicyArn: p.PolicyArn }));
}

/**
 * The role's existence, trust and instance profile, each broken on its own. `roleOf` names the
 * role from the mutant's context (the learner is part of it); the profile has the role's name.
 */
export function ec2RoleMutants(roleOf: (ctx: MutantContext) => string, ids: { exists: string; trust: string; profile: string }): Record<string, Mutant> {
  return {
    [ids.exists]: {
      name: 'the role is deleted',
      apply: async (ctx) => {
        const role = roleOf(ctx);
        await iamOf(ctx).send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: role, RoleName: role }));
        await detachAll(ctx, role);
        await iamOf(ctx).send(new DeleteRoleCommand({ RoleName: role }));
      },
    },
    [ids.trust]: {
      name: 'Lambda may assume the role too',
      apply: (ctx) =>
        iamOf(ctx).send(new UpdateAssumeRolePolicyCommand({
          RoleName: roleOf(ctx),
          PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
        })),
    },
    [ids.profile]: {
      name: 'the role is taken out of its instance profile',
      apply: (ctx) => iamOf(ctx).send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: roleOf(ctx), RoleName: roleOf(ctx) })),
    },
  };
}
