import { describe, expect, it } from 'vitest';
import check from '../../../../labs/s3-bucket/checks/s3_bucket_tls_enforced.ts';
import type { PolicyStatement } from '../../../../checker/services/s3/types.ts';
import { runOn, runOnEmptyAccount } from './helpers.ts';

const BUCKET = 'arn:aws:s3:::taxis-datalake-ana-123456789012';
const deny = (over: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [BUCKET, `${BUCKET}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...over,
});
const withStatements = (...Statement: PolicyStatement[]) => runOn(check, (b) => (b.policy = { Version: '2012-10-17', Statement }));

describe('s3_bucket_tls_enforced', () => {
  it('compliance: the reference statement (Principal {AWS:"*"})', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('compliance: two statements, one for the bucket and one for its objects', async () => {
    expect((await withStatements(deny({ Resource: BUCKET }), deny({ Resource: `${BUCKET}/*` }))).status).toBe('pass');
  });

  it.each([
    ['Action "*"', { Action: '*' }],
    ['a boolean false and BoolIfExists', { Condition: { BoolIfExists: { 'aws:securetransport': false } } }],
    ['Resource "*"', { Resource: '*' }],
    ['a wildcard covering bucket and objects', { Resource: `${BUCKET}*` }],
  ])('compliance: %s', async (_, over) => {
    expect((await withStatements(deny(over as Partial<PolicyStatement>))).status).toBe('pass');
  });

  it('compliance: a policy whose Statement is a single object, not a list', async () => {
    const outcome = await runOn(check, (b) => (b.policy = { Version: '2012-10-17', Statement: deny() }));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no policy', async () => {
    const outcome = await runOn(check, (b) => delete b.policy);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.policy).toBeNull();
  });

  it('non-compliance: only the objects are covered', async () => {
    const outcome = await withStatements(deny({ Resource: `${BUCKET}/*` }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toMatchObject({ coversBucket: false, coversAllObjects: true });
  });

  it('non-compliance: only the bucket is covered', async () => {
    expect((await withStatements(deny({ Resource: BUCKET }))).status).toBe('fail');
  });

  it('non-compliance: only part of the objects (raw/*) is covered', async () => {
    expect((await withStatements(deny({ Resource: [BUCKET, `${BUCKET}/raw/*`] }))).status).toBe('fail');
  });

  it.each([
    ['an Allow instead of a Deny', { Effect: 'Allow' as const }],
    ['SecureTransport "true"', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['a single principal', { Principal: { AWS: 'arn:aws:iam::123456789012:root' } }],
    ['only some actions', { Action: ['s3:GetObject', 's3:PutObject'] }],
    ['an extra narrowing condition', { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }],
    ['no condition at all (denies everything, not TLS)', { Condition: undefined }],
    ['a TLS version condition instead', { Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }],
  ])('non-compliance: %s', async (_, over) => {
    expect((await withStatements(deny(over as Partial<PolicyStatement>))).status).toBe('fail');
  });

  it('non-compliance: a statement for another bucket', async () => {
    expect((await withStatements(deny({ Resource: ['arn:aws:s3:::someone-else', 'arn:aws:s3:::someone-else/*'] }))).status).toBe('fail');
  });

  it('non-compliance: empty account', async () => {
    expect((await runOnEmptyAccount(check)).status).toBe('fail');
  });
});
