import {
  AttachRolePolicyCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import lab from '../../labs/ec2-role-s3-dynamodb/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { detachAll, ec2RoleMutants, iamOf } from '../support/role-mutants.ts';
import { deployReference, describeLabContract, LEARNER } from '../support/lab-contract.ts';

const emulator = useEmulator();
const ROLE = `taxi-ec2-app-role-${LEARNER}`;
const iam = iamOf;


describeLabContract('ec2-role-s3-dynamodb', emulator, {
  mutants: {
    ...ec2RoleMutants(ROLE, { exists: 'iam_app_role_exists', trust: 'iam_app_role_trusts_ec2_only', profile: 'iam_app_role_instance_profile' }),
    iam_app_role_data_access: {
      name: 'the table statement loses the index ARN',
      apply: async (ctx) => {
        await detachAll(ctx, ROLE);
        const bucket = `arn:aws:s3:::taxis-datalake-${ctx.learner}-${ctx.account}`;
        const table = `arn:aws:dynamodb:${ctx.region}:${ctx.account}:table/taxi-trips`;
        await iam(ctx).send(new PutRolePolicyCommand({
          RoleName: ROLE,
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
      apply: (ctx) => iam(ctx).send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess' })),
    },
  },
});

describe('ec2-role-s3-dynamodb: evidence on the emulator', () => {
  it("names each of the guide's FullAccess policies as what grants a forbidden action", async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const clients = deployClients(emulator.target());
    try {
      for (const name of ['AmazonS3FullAccess', 'AmazonDynamoDBFullAccess']) {
        await clients.get(iamClient).send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: `arn:aws:iam::aws:policy/${name}` }));
      }
    } finally {
      clients.close();
    }
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'iam_app_role_least_privilege')!;
    expect(finding.status).toBe('fail');
    const granted = (finding.evidence.allowedButShouldNotBe as { action: string; decidedBy?: string }[]).map((a) => `${a.action} ${a.decidedBy}`);
    expect(granted).toContain('s3:DeleteObject AmazonS3FullAccess #0');
    expect(granted).toContain('dynamodb:DeleteTable AmazonDynamoDBFullAccess #0');
  });
});
