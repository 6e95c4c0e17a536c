import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { KEY_ALIAS_PREFIX, KMS_KEY_MAX_LEARNER, PENDING_WINDOW_DAYS } from '../../infra/lib/kms-key-stack.ts';
import { ALIAS_NAME, PENDING_WINDOW_DAYS as LESSON_WINDOW } from '../../labs/kms-key/key.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('kms-key');

describe('KmsKeyStack', () => {
  const { stack } = labStack();
  const json = Template.fromStack(stack).toJSON() as { Resources: Record<string, { Type: string; Properties: any; DeletionPolicy?: string }>; Outputs: Record<string, unknown> };
  const only = (type: string) => {
    const found = Object.values(json.Resources).filter((r) => r.Type === type);
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };

  it('creates the key and its alias only: no bucket (s3-bucket owns it and its encryption), no custom resources', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::KMS::Alias', 'AWS::KMS::Key']);
  });

  it('a symmetric encryption key with yearly rotation, deleted after KMS\'s minimum waiting period', () => {
    const key = only('AWS::KMS::Key');
    expect(key.Properties).toMatchObject({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', EnableKeyRotation: true, RotationPeriodInDays: 365, PendingWindowInDays: 7 });
    expect(PENDING_WINDOW_DAYS).toBe(LESSON_WINDOW);
    expect(key.DeletionPolicy).toBe('Delete');
  });

  it('the key policy has the account statement alone: nothing for "*" or other accounts', () => {
    const statements = only('AWS::KMS::Key').Properties.KeyPolicy.Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ Effect: 'Allow', Action: 'kms:*', Resource: '*' });
    expect(JSON.stringify(statements[0].Principal)).toContain(':root');
    expect(JSON.stringify(statements)).not.toContain('"*"}');
  });

  it('names the alias as the checks look for it, pointing at the key', () => {
    expect(KEY_ALIAS_PREFIX).toBe(`${ALIAS_NAME}-`);
    const alias = only('AWS::KMS::Alias');
    expect(alias.Properties.AliasName).toBe('alias/taxis-datalake-ana');
    expect(alias.Properties.TargetKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DataLakeKey/), 'Arn'] });
    expect(Object.keys(json.Outputs)).toEqual(expect.arrayContaining(['KeyArn', 'KeyAlias']));
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(nagViolations(stack)).toEqual([]);
    expect(acknowledgedRules(stack)).toEqual([]);
  });

  it('refuses a learner name too long for the data-lake bucket name', () => {
    expect(KMS_KEY_MAX_LEARNER).toBe(35);
    expect(() => labStack('a'.repeat(36))).toThrow(/Invalid learner name/);
  });
});
