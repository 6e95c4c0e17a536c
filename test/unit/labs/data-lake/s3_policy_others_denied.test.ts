import { describe, expect, it } from 'vitest';
import check from '../../../../labs/data-lake/checks/s3_policy_others_denied.ts';
import { ACCOUNT, BUCKET, BUCKET_ARN, ROLE_ARN, run } from './helpers.ts';

describe('s3_policy_others_denied', () => {
  it('compliance: only the Glue role is named', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} grants access to no one but the Glue role.`);
    expect(outcome.evidence.leaks).toEqual([]);
  });

  it('compliance: Principal "*" limited to the Glue role by aws:PrincipalArn', async () => {
    const outcome = await run(check, (a) => a.bucket.policy.Statement.push({
      Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/raw/*`, Condition: { ArnEquals: { 'aws:PrincipalArn': ROLE_ARN } },
    }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: Principal "*" without a condition', async () => {
    const outcome = await run(check, (a) => a.bucket.policy.Statement.push({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET_ARN}/raw/*` }));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(`another role of this account: s3:GetObject on ${BUCKET_ARN}/raw/taxi-sample.csv`);
    expect(outcome.message.en).toContain('account 111122223333: s3:GetObject');
  });

  it('non-compliance: another account, another role of the account, the Glue service principal', async () => {
    const partner = await run(check, (a) => a.bucket.policy.Statement.push({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:PutObject', Resource: `${BUCKET_ARN}/processed/*` }));
    expect(partner.status).toBe('fail');
    expect(partner.message.en).toContain(`a role of account 111122223333: s3:PutObject on ${BUCKET_ARN}/processed/trips/trips.parquet`);
    const colleague = await run(check, (a) => a.bucket.policy.Statement.push({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/nubelab-someone-else` }, Action: 's3:DeleteObject', Resource: `${BUCKET_ARN}/*` }));
    expect(colleague.status).toBe('fail');
    const service = await run(check, (a) => a.bucket.policy.Statement.push({ Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 's3:GetObject', Resource: `${BUCKET_ARN}/raw/*` }));
    expect(service.status).toBe('fail');
    expect(service.message.en).toContain('the Glue service principal: s3:GetObject');
  });
});
