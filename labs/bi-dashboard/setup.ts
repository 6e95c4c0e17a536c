import {
  DeleteUserCommand,
  DescribeUserCommand,
  RegisterUserCommand,
  UpdateDashboardPermissionsCommand,
} from '@aws-sdk/client-quicksight';
import { orUndefinedWhen } from '../../checker/aws/errors.ts';
import { accountIdOf } from '../../checker/deploy/clients.ts';
import type { LabSetup, LabSetupContext } from '../../checker/core/types.ts';
import { NAMESPACE, quickSightClient } from '../../checker/services/quicksight/reader.ts';
import { DASHBOARD_READ_ACTIONS } from './bi.ts';

/**
 * CloudFormation has no QuickSight user resource (RegisterUser is an API call only), so the
 * reference's last step is SDK calls, as the lesson's CLI path makes them: register a reader user
 * for the learner, then share the dashboard with it. On AWS the user gets an invitation e-mail;
 * the reference uses the reserved example.com domain so nobody receives it. Before destroy, the
 * share is revoked and the user deleted (a user costs money every month on AWS).
 */

export const VIEWER_PREFIX = 'taxis-viewer-';
const DASHBOARD_TYPE = 'AWS::QuickSight::Dashboard';
const DASHBOARD_PREFIX = 'taxi-fares-';

function deployed(ctx: LabSetupContext) {
  const dashboardId = ctx.resources.find((r) => r.type === DASHBOARD_TYPE)?.physicalId;
  if (!dashboardId?.startsWith(DASHBOARD_PREFIX)) return undefined;
  return { dashboardId, userName: VIEWER_PREFIX + dashboardId.slice(DASHBOARD_PREFIX.length) };
}


export const biSetup: LabSetup = {
  async apply(ctx) {
    const found = deployed(ctx);
    if (!found) return;
    const qs = ctx.clients.get(quickSightClient);
    const AwsAccountId = await accountIdOf(ctx.clients);
    const existing = await orUndefinedWhen(['ResourceNotFoundException'], () =>
      qs.send(new DescribeUserCommand({ AwsAccountId, Namespace: NAMESPACE, UserName: found.userName })));
    const user = existing?.User ?? (await qs.send(new RegisterUserCommand({
      AwsAccountId, Namespace: NAMESPACE, UserName: found.userName, IdentityType: 'QUICKSIGHT', UserRole: 'READER', Email: `${found.userName}@example.com`,
    }))).User;
    if (!user?.Arn) throw new Error(`QuickSight returned no ARN for user ${found.userName}`);
    await qs.send(new UpdateDashboardPermissionsCommand({
      AwsAccountId, DashboardId: found.dashboardId, GrantPermissions: [{ Principal: user.Arn, Actions: DASHBOARD_READ_ACTIONS }],
    }));
  },
  async remove(ctx) {
    const found = deployed(ctx);
    if (!found) return;
    const qs = ctx.clients.get(quickSightClient);
    const AwsAccountId = await accountIdOf(ctx.clients);
    const existing = await orUndefinedWhen(['ResourceNotFoundException'], () =>
      qs.send(new DescribeUserCommand({ AwsAccountId, Namespace: NAMESPACE, UserName: found.userName })));
    if (!existing?.User?.Arn) return;
    await orUndefinedWhen(['ResourceNotFoundException'], () => qs.send(new UpdateDashboardPermissionsCommand({
      AwsAccountId, DashboardId: found.dashboardId, RevokePermissions: [{ Principal: existing.User!.Arn!, Actions: DASHBOARD_READ_ACTIONS }],
    })));
    await qs.send(new DeleteUserCommand({ AwsAccountId, Namespace: NAMESPACE, UserName: found.userName }));
  },
};
