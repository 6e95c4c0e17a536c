import { describe, expect, it } from 'vitest';
import { GLUE_STATEMENT_SIDS, withGlueStatements, withoutGlueStatements } from '../../../../labs/data-lake/policy-statements.ts';
import { BUCKET, ROLE_ARN, TLS_DENY } from './helpers.ts';

describe('the reference setup\'s policy merge', () => {
  it('adds the Glue statements after the existing ones, once, however often it runs', () => {
    const once = withGlueStatements([TLS_DENY], BUCKET, ROLE_ARN);
    expect(once.map((s) => s.Sid)).toEqual([undefined, ...GLUE_STATEMENT_SIDS]);
    expect(withGlueStatements(once, BUCKET, ROLE_ARN)).toEqual(once);
  });

  it('removes exactly the Glue statements, leaving a learner\'s own ones', () => {
    const mine = { Sid: 'MyAuditRead', Effect: 'Allow' as const, Principal: { AWS: ROLE_ARN }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/audit/*` };
    expect(withoutGlueStatements(withGlueStatements([TLS_DENY, mine], BUCKET, ROLE_ARN))).toEqual([TLS_DENY, mine]);
  });
});
