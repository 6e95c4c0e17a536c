import { AttachRolePolicyCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import type { Mutant, MutantContext } from '../lab-contract.ts';
import { detachAll, ec2RoleMutants, iamOf } from '../role-mutants.ts';

/**
 * One mutant per check of the ec2-role-s3-dynamodb lab, each breaking the deployed reference the
 * way a learner could. Shared by the lab's contract test (moto) and the engine matrix (LocalStack,
 * MiniStack), so they name the role, bucket and table from the account, region and learner they
 * are given, as infra/lib/ec2-role-s3-dynamodb-stack.ts does.
 */
const role = ({ learner }: MutantContext) => `taxi-ec2-app-role-${learner}`;

export const ec2RoleS3DynamodbMutants: Record<string, Mutant> = {
  ...ec2RoleMutants(role, { exists: 'iam_app_role_exists', trust: 'iam_app_role_trusts_ec2_only', profile: 'iam_app_role_instance_profile' }),
  iam_app_role_data_access: {
    name: 'the table statement loses the index ARN',
    apply: async (ctx) => {
      await detachAll(ctx, role(ctx));
      const bucket = `arn:aws:s3:::taxis-datalake-${ctx.learner}-${ctx.account}`;
      const table = `arn:aws:dynamodb:${ctx.region}:${ctx.account}:table/taxi-trips`;
      await iamOf(ctx).send(new PutRolePolicyCommand({
        RoleName: role(ctx),
        PolicyName: 'no-index',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
            { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucket}/*` },
            { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], Resource: table },
          ],
        }),
      }));
    },
  },
  iam_app_role_least_privilege: {
    name: 'AmazonDynamoDBFullAccess attached as well',
    apply: (ctx) => iamOf(ctx).send(new AttachRolePolicyCommand({ RoleName: role(ctx), PolicyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess' })),
  },
};
