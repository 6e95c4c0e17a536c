import type { PolicyStatement } from '../../../../checker/aws/policy.ts';
import type { CheckDefinition, Outcome } from '../../../../checker/core/types.ts';
import type { BucketNotifications } from '../../../../checker/services/s3/types.ts';
import { glueStatements } from '../../../../labs/data-lake/policy-statements.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeIam, type RoleFixture } from '../../../support/fakes/iam.ts';
import { fakeS3, type BucketFixture } from '../../../support/fakes/s3.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const BUCKET = `taxis-datalake-ana-${ACCOUNT}`;
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const ROLE = 'TaxisGlueServiceRole';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
export const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:taxis-raw-arrivals`;

/** The s3-bucket lab's statement, as CDK's enforceSSL writes it (no Sid). */
export const TLS_DENY: PolicyStatement = {
  Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

/** An account after the lab's reference: the TLS deny, the Glue statements and EventBridge turned on. */
export interface LakeAccount {
  bucket: BucketFixture & { policy: { Version: string; Statement: PolicyStatement[] }; notifications: Partial<BucketNotifications> };
  roles: RoleFixture[];
}

export function referenceAccount(): LakeAccount {
  return {
    bucket: {
      name: BUCKET,
      region: REGION,
      createdAt: '2026-11-30T09:00:00.000Z',
      policy: { Version: '2012-10-17', Statement: [TLS_DENY, ...glueStatements(BUCKET, ROLE_ARN)] },
      notifications: { eventBridge: true },
    },
    roles: [{ name: ROLE, createdAt: '2026-11-30T10:00:00.000Z', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' }] } }],
  };
}

/** The policy's statement with this Sid, for a test to change. */
export function statement(a: LakeAccount, sid: string): PolicyStatement {
  const found = a.bucket.policy.Statement.find((s) => s.Sid === sid);
  if (!found) throw new Error(`no statement ${sid}`);
  return found;
}

/** Runs a check on the reference account after `change` edits a fresh copy of it. */
export async function run(check: CheckDefinition, change: (account: LakeAccount) => void = () => {}): Promise<Outcome> {
  const a = referenceAccount();
  change(a);
  const ctx = fakeContext(
    {
      account: { id: async () => ACCOUNT },
      s3: fakeS3({ buckets: [a.bucket] }),
      iam: fakeIam({ accountId: ACCOUNT, roles: a.roles }),
    },
    { region: REGION },
  );
  return check.run(ctx);
}
