import { RegisterUserCommand, UpdateDashboardPermissionsCommand } from '@aws-sdk/client-quicksight';
import { describe, expect, it } from 'vitest';
import { quickSightClient } from '../../checker/services/quicksight/reader.ts';
import lab from '../../labs/bi-dashboard/lab.ts';
import { DASHBOARD_READ_ACTIONS } from '../../labs/bi-dashboard/bi.ts';
import { useEmulator } from '../support/emulator.ts';
import { deployReference, describeLabContract, statusesOf, type MutantContext, withDeployClients } from '../support/lab-contract.ts';
import { biDashboardMutants, biIds, inputColumns, qsArn, replaceDataSetTable } from '../support/mutants/bi-dashboard.ts';

const emulator = useEmulator();
/** The reference's ids for learner `student` (infra/lib/bi-dashboard-stack.ts, labs/bi-dashboard/setup.ts). */
const { source: SOURCE, dashboard: DASHBOARD, viewer: VIEWER, database: DATABASE } = biIds('student');

describeLabContract('bi-dashboard', emulator, { mutants: biDashboardMutants });

describe('bi-dashboard: other valid solutions', () => {
  it('a custom SQL data set imported into SPICE, and the dashboard shared with an admin who owns it, pass every check', async () => {
    await deployReference(lab, emulator);
    await withDeployClients(emulator, async (clients) => {
      const ctx: MutantContext = { clients, account: '123456789012', region: emulator.target().region, learner: 'student' };
      const qs = clients.get(quickSightClient);
      await replaceDataSetTable(ctx, {
        CustomSql: { DataSourceArn: qsArn(ctx, 'datasource', SOURCE), Name: 'fares', SqlQuery: `SELECT payment_type, fare_amount FROM ${DATABASE}.taxi_trips WHERE fare_amount > 0`, Columns: inputColumns.slice(0, 4) },
      }, 'SPICE');
      const { User } = await qs.send(new RegisterUserCommand({ AwsAccountId: ctx.account, Namespace: 'default', UserName: 'ana', IdentityType: 'QUICKSIGHT', UserRole: 'ADMIN', Email: 'ana@example.com' }));
      await qs.send(new UpdateDashboardPermissionsCommand({
        AwsAccountId: ctx.account, DashboardId: DASHBOARD,
        RevokePermissions: [{ Principal: qsArn(ctx, 'user', `default/${VIEWER}`), Actions: DASHBOARD_READ_ACTIONS }],
        GrantPermissions: [{ Principal: User!.Arn!, Actions: [...DASHBOARD_READ_ACTIONS, 'quicksight:UpdateDashboard', 'quicksight:DeleteDashboard', 'quicksight:UpdateDashboardPermissions'] }],
      }));
    });
    expect(await statusesOf(lab, emulator)).toEqual(Object.fromEntries(lab.checks.map((c) => [c.id, 'pass'])));
  });
});
