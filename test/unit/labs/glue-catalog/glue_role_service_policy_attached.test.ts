import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_role_service_policy_attached.ts';
import { awsManaged } from '../../../support/fakes/iam-policies.ts';
import { dataLakePolicy, GLUE_SERVICE_ROLE, ROLE, run } from './helpers.ts';

describe('glue_role_service_policy_attached', () => {
  it('compliance: AWSGlueServiceRole (path service-role/) is attached', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.attachedPolicies).toContain('arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole');
  });

  it('non-compliance: only the data-lake policy', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [dataLakePolicy()]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Role ${ROLE} does not have the AWSGlueServiceRole policy attached.`);
  });

  it('non-compliance: a policy with the same name but not AWS\'s (another path or account)', async () => {
    for (const arn of ['arn:aws:iam::aws:policy/AWSGlueServiceRole', 'arn:aws:iam::123456789012:policy/service-role/AWSGlueServiceRole']) {
      const outcome = await run(check, (a) => (a.role.policies = [{ ...GLUE_SERVICE_ROLE, arn }]));
      expect(outcome.status, arn).toBe('fail');
    }
  });

  it('non-compliance: an inline copy named AWSGlueServiceRole does not count', async () => {
    const outcome = await run(check, (a) => (a.role.policies = [{ ...awsManaged('AWSGlueServiceRole'), kind: 'inline', arn: undefined }]));
    expect(outcome.status).toBe('fail');
  });
});
