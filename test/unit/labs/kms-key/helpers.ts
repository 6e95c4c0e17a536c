import type { PolicyStatement } from '../../../../checker/aws/policy.ts';
import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeKms, type KeyFixture } from '../../../support/fakes/kms.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`;
export const ALIAS = 'alias/taxis-datalake';

/** The statement AWS puts in a new key's default policy (and the lesson keeps). */
export const ROOT_STATEMENT: PolicyStatement = {
  Sid: 'EnableIAMPolicies', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*',
};

/** An account after the lesson's steps: the key behind its alias, rotating, with the account statement, and the bucket on SSE-KMS with Bucket Keys. */
export interface KmsAccount {
  keys: (KeyFixture & { policy: { Version: string; Statement: PolicyStatement[] } })[];
  bucket: BucketFixture;
}

export function referenceAccount(): KmsAccount {
  return {
    keys: [{
      id: KEY_ID,
      aliases: [ALIAS],
      createdAt: '2026-11-30T09:00:00.000Z',
      rotation: { enabled: true, periodDays: 365 },
      policy: { Version: '2012-10-17', Statement: [ROOT_STATEMENT] },
    }],
    bucket: {
      name: BUCKET,
      region: REGION,
      createdAt: '2026-11-29T09:00:00.000Z',
      encryption: [{ algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKeyEnabled: true }],
    },
  };
}

/** Runs a check on the reference account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: KmsAccount) => void = () => {}): Promise<Outcome> {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      kms: fakeKms({ accountId: ACCOUNT, region: REGION, keys: a.keys }),
      s3: fakeS3({ buckets: [a.bucket] }),
    },
    { region: REGION },
  );
  return check.run(ctx);
}
