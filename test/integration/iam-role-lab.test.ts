import { AttachRolePolicyCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { runChecks } from '../../checker/run.ts';
import lab from '../../labs/iam-role/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract } from '../support/lab-contract.ts';
import { iamRoleMutants } from '../support/mutants/iam-role.ts';

const emulator = useEmulator();
const ROLE = 'de-s3access-student';

describeLabContract('iam-role', emulator, { mutants: iamRoleMutants });

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
