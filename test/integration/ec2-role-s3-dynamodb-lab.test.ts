import { AttachRolePolicyCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { deployClients } from '../../checker/deploy/clients.ts';
import { runChecks } from '../../checker/run.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import lab from '../../labs/ec2-role-s3-dynamodb/lab.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, LEARNER } from '../support/lab-contract.ts';
import { ec2RoleS3DynamodbMutants } from '../support/mutants/ec2-role-s3-dynamodb.ts';

const emulator = useEmulator();
const ROLE = `taxi-ec2-app-role-${LEARNER}`;

describeLabContract('ec2-role-s3-dynamodb', emulator, { mutants: ec2RoleS3DynamodbMutants });

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
