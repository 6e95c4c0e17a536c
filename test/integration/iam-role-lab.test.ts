import {
  AttachRolePolicyCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { runChecks } from '../../checker/run.ts';
import lab from '../../labs/iam-role/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { detachAll, ec2RoleMutants, iamOf } from '../support/role-mutants.ts';
import { deployReference, describeLabContract } from '../support/lab-contract.ts';

const emulator = useEmulator();
const ROLE = 'de-s3access-student';
const iam = iamOf;


describeLabContract('iam-role', emulator, {
  mutants: {
    ...ec2RoleMutants(ROLE, { exists: 'iam_role_exists', trust: 'iam_role_trusts_ec2_only', profile: 'iam_role_instance_profile' }),
    iam_role_data_lake_access: {
      name: "the guide's GetObject-only policy replaces the project's",
      apply: async (ctx) => {
        await detachAll(ctx, ROLE);
        const bucket = `taxis-datalake-student-${ctx.account}`;
        await iam(ctx).send(new PutRolePolicyCommand({
          RoleName: ROLE,
          PolicyName: 'guide-read-only',
          PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] }),
        }));
      },
    },
    iam_role_least_privilege: {
      name: 'AmazonS3FullAccess attached as well',
      apply: (ctx) => iam(ctx).send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' })),
    },
  },
});

describe('iam-role: evidence on the emulator', () => {
  it('names the managed policy that grants a forbidden action', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const clients = (await import('../../checker/deploy/clients.ts')).deployClients(emulator.target());
    try {
      await clients.get(iamClient).send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' }));
    } finally {
      clients.close();
    }
    const result = await runChecks({ labs: [lab], target: emulator.target() });
    const finding = result.labs[0]!.checks.find((c) => c.id === 'iam_role_least_privilege')!;
    expect(finding.status).toBe('fail');
    expect(finding.message.en).toMatch(/granted by AmazonS3FullAccess\.$/);
  });
});
