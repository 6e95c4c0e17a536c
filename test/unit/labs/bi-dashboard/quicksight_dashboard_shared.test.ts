import { describe, expect, it } from 'vitest';
import check from '../../../../labs/bi-dashboard/checks/quicksight_dashboard_shared.ts';
import { DASHBOARD_READ_ACTIONS } from '../../../../labs/bi-dashboard/bi.ts';
import { DASHBOARD_ARN, qsArn, run, VIEWER_ARN } from './helpers.ts';

describe('quicksight_dashboard_shared', () => {
  it('compliance: a registered reader with the viewer actions', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Dashboard taxi-fares is shared with user ana-viewer.');
    expect(outcome.evidence).toMatchObject({ resource: DASHBOARD_ARN, principal: VIEWER_ARN, requiredActions: DASHBOARD_READ_ACTIONS });
  });

  it('compliance: the owner permission (viewer actions and more) for the learner\'s own admin user', async () => {
    const admin = qsArn('user', 'default/ana');
    const outcome = await run(check, (a) => {
      a.users.push({ userName: 'ana', arn: admin, role: 'ADMIN' });
      a.dashboards[0]!.permissions = [{ principal: admin, actions: [...DASHBOARD_READ_ACTIONS, 'quicksight:UpdateDashboard', 'quicksight:DeleteDashboard'] }];
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.principal).toBe(admin);
  });

  it('non-compliance: not shared with anyone', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.permissions = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('The dashboard gives no user registered in QuickSight the permissions to open it.');
    expect(outcome.evidence.dashboards).toEqual([{ dashboard: 'taxi-fares', permissions: [] }]);
  });

  it('non-compliance: the viewer can describe but not query the visuals', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.permissions = [{ principal: VIEWER_ARN, actions: ['quicksight:DescribeDashboard'] }]));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: shared with a group, not a user', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.permissions = [{ principal: qsArn('group', 'default/readers'), actions: [...DASHBOARD_READ_ACTIONS] }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe('El panel no da a ningún usuario registrado en QuickSight los permisos para abrirlo.');
  });
});
