import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { DASHBOARD_READ_ACTIONS, findDashboards } from '../bi.ts';

export default defineCheck({
  id: 'quicksight_dashboard_shared',
  points: 1,
  needs: ['quicksight_dashboard_published'],
  title: {
    es: 'El panel está compartido con un usuario de QuickSight que puede abrirlo',
    en: 'The dashboard is shared with a QuickSight user who can open it',
  },
  hint: {
    es: `En el panel, pulsa «Share» → «Share dashboard» y añade tu usuario de QuickSight (o el de quien vaya a consultarlo). Un permiso de lector incluye ${DASHBOARD_READ_ACTIONS.join(', ')}.`,
    en: `In the dashboard, choose "Share" → "Share dashboard" and add your QuickSight user (or whoever will read it). A viewer permission includes ${DASHBOARD_READ_ACTIONS.join(', ')}.`,
  },
  cli: `aws quicksight update-dashboard-permissions --aws-account-id <account> --dashboard-id <dashboard> --grant-permissions Principal=<user-arn>,Actions=${DASHBOARD_READ_ACTIONS.join(',')}`,
  run: async (ctx) => {
    const [{ matching }, users] = await Promise.all([findDashboards(ctx), ctx.quicksight.users()]);
    const userArns = new Set(users.map((u) => u.arn));
    const compared = [];
    for (const { dashboard } of matching) {
      const permissions = await ctx.quicksight.dashboardPermissions(dashboard.id);
      compared.push({ dashboard: dashboard.id, permissions });
      const reader = permissions.find((p) => userArns.has(p.principal) && DASHBOARD_READ_ACTIONS.every((a) => p.actions.includes(a)));
      if (reader) {
        const user = users.find((u) => u.arn === reader.principal)!;
        return pass(
          { es: `El panel ${dashboard.id} está compartido con el usuario ${user.userName}.`, en: `Dashboard ${dashboard.id} is shared with user ${user.userName}.` },
          { resource: dashboard.arn, principal: reader.principal, actions: reader.actions, requiredActions: DASHBOARD_READ_ACTIONS, usersSeen: users.slice(0, 20).map((u) => u.arn) },
        );
      }
    }
    return fail(
      {
        es: 'El panel no da a ningún usuario registrado en QuickSight los permisos para abrirlo.',
        en: 'The dashboard gives no user registered in QuickSight the permissions to open it.',
      },
      { requiredActions: DASHBOARD_READ_ACTIONS, usersSeen: users.slice(0, 20).map((u) => u.arn), dashboards: compared },
    );
  },
});
