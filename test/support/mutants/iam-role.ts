import { AttachRolePolicyCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import type { Mutant, MutantContext } from '../lab-contract.ts';
import { detachAll, ec2RoleMutants, iamOf } from '../role-mutants.ts';

/**
 * One mutant per check of the iam-role lab, each breaking the deployed reference the way a
 * learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they name the role and the bucket from the account and learner they are given,
 * as infra/lib/iam-role-stack.ts does.
 */
const role = ({ learner }: MutantContext) => `de-s3access-${learner}`;
const bucket = ({ learner, account }: MutantContext) => `taxis-datalake-${learner}-${account}`;

export const iamRoleMutants: Record<string, Mutant> = {
  ...ec2RoleMutants(role, { exists: 'iam_role_exists', trust: 'iam_role_trusts_ec2_only', profile: 'iam_role_instance_profile' }),
  iam_role_data_lake_access: {
    name: "the guide's GetObject-only policy replaces the project's",
    apply: async (ctx) => {
      await detachAll(ctx, role(ctx));
      await iamOf(ctx).send(new PutRolePolicyCommand({
        RoleName: role(ctx),
        PolicyName: 'guide-read-only',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket(ctx)}/*` }] }),
      }));
    },
  },
  iam_role_least_privilege: {
    name: 'AmazonS3FullAccess attached as well',
    apply: (ctx) => iamOf(ctx).send(new AttachRolePolicyCommand({ RoleName: role(ctx), PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' })),
  },
};
