import { DescribeKeyCommand, EnableKeyRotationCommand, GetKeyRotationStatusCommand, ListAliasesCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { CreateRoleCommand } from '@aws-sdk/client-iam';
import { GetBucketEncryptionCommand, PutBucketEncryptionCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { destroyLab } from '../../checker/deploy/index.ts';
import { iamClient } from '../../checker/services/iam/reader.ts';
import { kmsClient } from '../../checker/services/kms/reader.ts';
import { s3Client } from '../../checker/services/s3/client.ts';
import { findLab } from '../../labs/index.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, withDeployClients } from '../support/lab-contract.ts';
import { dataLakeBucket } from '../support/mutants/data-lake.ts';
import { kmsKeyMutants, referenceAlias, referenceKey } from '../support/mutants/kms-key.ts';

const emulator = useEmulator();
const ACCOUNT = '123456789012';
const BUCKET = dataLakeBucket('student', ACCOUNT);
const lab = findLab('kms-key')!;
const s3BucketLab = findLab('s3-bucket')!;
const every = (l: typeof lab, status: string) => Object.fromEntries(l.checks.map((c) => [c.id, status]));

describeLabContract('kms-key', emulator, { mutants: kmsKeyMutants });

describe('kms-key: another valid solution', () => {
  it('a key user named by role ARN, a 180-day rotation and the bucket naming the key by its alias ARN pass too', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const kms = clients.get(kmsClient);
      const key = await referenceKey(kms, 'student');
      const { Role } = await clients.get(iamClient).send(new CreateRoleCommand({
        RoleName: 'TaxisGlueServiceRole',
        AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      }));
      await kms.send(new PutKeyPolicyCommand({
        KeyId: key.id,
        PolicyName: 'default',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'EnableIAMPolicies', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
            { Sid: 'GlueRoleUsesKey', Effect: 'Allow', Principal: { AWS: Role!.Arn! }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
          ],
        }),
      }));
      await kms.send(new EnableKeyRotationCommand({ KeyId: key.id, RotationPeriodInDays: 180 }));
      expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.id }))).KeyRotationEnabled).toBe(true);
      const aliasArn = (await kms.send(new ListAliasesCommand({}))).Aliases!.find((a) => a.AliasName === referenceAlias('student'))!.AliasArn!;
      await clients.get(s3Client).send(new PutBucketEncryptionCommand({
        Bucket: BUCKET,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: aliasArn }, BucketKeyEnabled: true }] },
      }));
    });
    expect(await statusesOf(lab, emulator)).toEqual(every(lab, 'pass'));
  });
});

describe('kms-key: the s3-bucket lab is left as it was', () => {
  it('with the key deployed every s3-bucket check passes; destroy puts SSE-S3 back and schedules the key\'s deletion', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    expect(await statusesOf(s3BucketLab, emulator)).toEqual(every(s3BucketLab, 'pass'));
    const key = await withDeployClients(emulator, (clients) => referenceKey(clients.get(kmsClient), 'student'));

    await destroyLab('kms-key', { target: emulator.target(), learner: 'student' });
    await withDeployClients(emulator, async (clients) => {
      const { ServerSideEncryptionConfiguration } = await clients.get(s3Client).send(new GetBucketEncryptionCommand({ Bucket: BUCKET }));
      expect(ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault).toEqual({ SSEAlgorithm: 'AES256' });
      const { Aliases = [] } = await clients.get(kmsClient).send(new ListAliasesCommand({}));
      expect(Aliases.map((a) => a.AliasName)).not.toContain(referenceAlias('student'));
      const { KeyMetadata } = await clients.get(kmsClient).send(new DescribeKeyCommand({ KeyId: key.id }));
      expect(KeyMetadata?.KeyState).toBe('PendingDeletion');
    });
    expect(await statusesOf(s3BucketLab, emulator)).toEqual(every(s3BucketLab, 'pass'));
  });

  it('a second deploy after a destroy creates a new key (the old one waits for deletion) and passes again', async () => {
    await emulator.reset();
    await deployReference(lab, emulator);
    const first = await withDeployClients(emulator, (clients) => referenceKey(clients.get(kmsClient), 'student'));
    await destroyLab('kms-key', { target: emulator.target(), learner: 'student' });
    await deployReference(lab, emulator);
    const second = await withDeployClients(emulator, (clients) => referenceKey(clients.get(kmsClient), 'student'));
    expect(second.id).not.toBe(first.id);
    expect(await statusesOf(lab, emulator)).toEqual(every(lab, 'pass'));
  });
});
