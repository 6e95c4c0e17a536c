import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import type { HandlerContext } from '../../../checker/deploy/handlers/types.ts';
import { aliasHandler, keyHandler } from '../../../checker/services/kms/handlers.ts';

/** plan() makes no API calls: a context with the logical id and owner tags is all it reads. */
const ctx = (logicalId: string) => ({ logicalId, ownerTags: { 'nubelab:lab': 'kms-key', 'nubelab:learner': 'ana' } }) as unknown as HandlerContext;

/** The key as CDK synthesizes infra/lib/kms-key-stack.ts. */
const KEY = {
  Description: 'Taxi data lake',
  EnableKeyRotation: true,
  RotationPeriodInDays: 365,
  KeySpec: 'SYMMETRIC_DEFAULT',
  KeyUsage: 'ENCRYPT_DECRYPT',
  PendingWindowInDays: 7,
  KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }] },
};

function refusal(plan: () => unknown): unknown {
  try {
    plan();
  } catch (error) {
    if (error instanceof DeployError) return { code: error.code, property: error.details.property };
    throw error;
  }
  return undefined;
}

describe('AWS::KMS::Key and AWS::KMS::Alias on the emulator', () => {
  it('a key is planned with placeholders (KMS picks its id) for Ref, Arn and KeyId', () => {
    const planned = keyHandler.plan(KEY, ctx('DataLakeKey'));
    expect(planned.physicalId).toBe('{{nubelab:DataLakeKey.Ref}}');
    expect(planned.attributes).toEqual({ Arn: '{{nubelab:DataLakeKey.Arn}}', KeyId: '{{nubelab:DataLakeKey.KeyId}}' });
  });

  it('refuses key settings it does not apply, and a disabled key', () => {
    expect(refusal(() => keyHandler.plan({ ...KEY, MultiRegion: true }, ctx('K')))).toEqual({ code: 'unsupported-property', property: 'MultiRegion' });
    expect(refusal(() => keyHandler.plan({ ...KEY, Enabled: false }, ctx('K')))).toEqual({ code: 'unsupported-property', property: 'Enabled' });
    expect(refusal(() => keyHandler.plan({ ...KEY, Enabled: 'true' }, ctx('K')))).toBeUndefined();
  });

  it('an alias is named by its AliasName and needs a target', () => {
    expect(aliasHandler.plan({ AliasName: 'alias/taxis-datalake-ana', TargetKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' }, ctx('Alias'))).toEqual({ physicalId: 'alias/taxis-datalake-ana', attributes: {} });
    expect(refusal(() => aliasHandler.plan({ AliasName: 'alias/x' }, ctx('Alias')))).toEqual({ code: 'template-error', property: undefined });
  });
});
