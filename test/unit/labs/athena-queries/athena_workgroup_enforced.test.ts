import { describe, expect, it } from 'vitest';
import check from '../../../../labs/athena-queries/checks/athena_workgroup_enforced.ts';
import { run, WORKGROUP, workGroupArn } from './helpers.ts';

describe('athena_workgroup_enforced', () => {
  it("compliance: the lesson's workgroup, enabled and enforcing", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Workgroup ${WORKGROUP} is enabled and enforces its configuration.`);
    expect(outcome.evidence).toMatchObject({ resource: workGroupArn(), enforceWorkGroupConfiguration: true, encryption: 'SSE_S3', otherMatchingWorkGroups: [] });
  });

  it('compliance: a learner-suffixed workgroup in a shared account, the newest graded', async () => {
    const outcome = await run(check, (a) => {
      a.workGroup.name = 'taxis-ana';
      a.workGroup.createdAt = '2026-11-30T12:00:00.000Z';
      a.otherWorkGroups.push({ name: 'taxis-old', createdAt: '2026-11-01T12:00:00.000Z' });
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: workGroupArn('taxis-ana'), otherMatchingWorkGroups: ['taxis-old'] });
  });

  it('non-compliance: client-side settings win (EnforceWorkGroupConfiguration false)', async () => {
    const outcome = await run(check, (a) => (a.workGroup.enforced = false));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('lets each client change where results go');
    expect(outcome.evidence.enforceWorkGroupConfiguration).toBe(false);
  });

  it('non-compliance: a disabled workgroup runs nothing', async () => {
    const outcome = await run(check, (a) => (a.workGroup.state = 'DISABLED'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe(`El grupo de trabajo ${WORKGROUP} está desactivado: no ejecuta consultas.`);
  });

  it("non-compliance: only the account's primary workgroup, listed as seen", async () => {
    const outcome = await run(check, (a) => (a.workGroup.name = 'analytics'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no Athena workgroup named taxis (nor taxis-…) in region us-east-1.');
    expect(outcome.evidence.workGroupsSeen).toEqual(['analytics', 'primary']);
  });
});
