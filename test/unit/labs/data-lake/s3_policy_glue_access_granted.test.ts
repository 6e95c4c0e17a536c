import { describe, expect, it } from 'vitest';
import check from '../../../../labs/data-lake/checks/s3_policy_glue_access_granted.ts';
import { BUCKET, BUCKET_ARN, ROLE, ROLE_ARN, run, statement } from './helpers.ts';

describe('s3_policy_glue_access_granted', () => {
  it('compliance: the reference statements (List limited to raw/* and processed/*)', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} grants role ${ROLE} what Glue needs on raw/ and processed/.`);
    expect(outcome.evidence.requests).toHaveLength(4);
  });

  it('compliance: List without a prefix condition, and Principal "*" limited by aws:PrincipalArn', async () => {
    const outcome = await run(check, (a) => {
      delete statement(a, 'GlueListRawAndProcessed').Condition;
      for (const s of a.bucket.policy.Statement.filter((x) => x.Effect === 'Allow')) {
        s.Principal = '*';
        s.Condition = { ...s.Condition, ArnEquals: { 'aws:PrincipalArn': ROLE_ARN } };
      }
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no statement lets Glue read raw/', async () => {
    const outcome = await run(check, (a) => (a.bucket.policy.Statement = a.bucket.policy.Statement.filter((s) => s.Sid !== 'GlueReadRaw')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`The policy of bucket ${BUCKET} does not grant role ${ROLE}: s3:GetObject on ${BUCKET_ARN}/raw/taxi-sample.csv.`);
  });

  it('non-compliance: the grants name glue.amazonaws.com instead of the role', async () => {
    const outcome = await run(check, (a) => {
      for (const s of a.bucket.policy.Statement.filter((x) => x.Effect === 'Allow')) s.Principal = { Service: 'glue.amazonaws.com' };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.requests).toEqual(expect.arrayContaining([expect.objectContaining({ action: 's3:PutObject', decision: 'implicit-deny' })]));
  });

  it('non-compliance: no bucket policy, no Glue role', async () => {
    expect((await run(check, (a) => delete (a.bucket as { policy?: unknown }).policy)).message.en).toBe(`Bucket ${BUCKET} has no bucket policy.`);
    expect((await run(check, (a) => (a.roles = []))).message.en).toBe(`There is no role named ${ROLE} (nor ${ROLE}-…).`);
  });
});
