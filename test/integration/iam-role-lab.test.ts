import {
  AttachRolePolicyCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { runChecks } from '../../checker/run.ts';
import lab from '../../labs/iam-role/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, type MutantContext } from '../support/lab-contract.ts';

const emulator = useEmulator();
const ROLE = 'de-s3access-student';
const iam = ({ clients }: MutantContext) => clients.get(iamClient);

async function detachAll(ctx: MutantContext) {
  const attached = (await iam(ctx).send(new ListAttachedRolePoliciesCommand({ RoleName: ROLE }))).AttachedPolicies ?? [];
  for (const p of attached) await iam(ctx).send(new DetachRolePolicyCommand({ RoleName: ROLE, PolicyArn: p.PolicyArn }));
}

describeLabContract('iam-role', emulator, {
  mutants: {
    iam_role_exists: {
      name: 'the role is deleted',
      apply: async (ctx) => {
        await iam(ctx).send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: ROLE, RoleName: ROLE }));
        await detachAll(ctx);
        await iam(ctx).send(new DeleteRoleCommand({ RoleName: ROLE }));
      },
    },
    iam_role_trusts_ec2_only: {
      name: 'Lambda may assume the role too',
      apply: (ctx) =>
        iam(ctx).send(new UpdateAssumeRolePolicyCommand({
          RoleName: ROLE,
          PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' }] }),
        })),
    },
    iam_role_instance_profile: {
      name: 'the role is taken out of its instance profile',
      apply: (ctx) => iam(ctx).send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: ROLE, RoleName: ROLE })),
    },
    iam_role_data_lake_access: {
      name: "the guide's GetObject-only policy replaces the project's",
      apply: async (ctx) => {
        await detachAll(ctx);
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
