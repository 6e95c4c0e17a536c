import { describe, expect, it } from 'vitest';
import type { LabSettings } from '../../../../checker/core/types.ts';
import { gradedDashboard } from '../../../../labs/bi-dashboard/bi.ts';
import shared from '../../../../labs/bi-dashboard/checks/quicksight_dashboard_shared.ts';
import { LAB_TAG, LEARNER_TAG } from '../../../../infra/lib/stacks.ts';
import { fakeContext } from '../../../support/fake-context.ts';
import { fakeAthena } from '../../../support/fakes/athena.ts';
import { fakeGlue } from '../../../support/fakes/glue.ts';
import { fakeQuickSight } from '../../../support/fakes/quicksight.ts';
import { ACCOUNT, DASHBOARD_ARN, qsArn, referenceAccount, REGION } from './helpers.ts';

const OWNER_TAGS = { [LAB_TAG]: 'bi-dashboard', [LEARNER_TAG]: 'student' };
const REFERENCE_ARN = qsArn('dashboard', 'taxi-fares-student');

/** The lesson's account plus the reference's dashboard (same analysis, owner tags), not shared with anyone. */
function contextWith(settings: Partial<LabSettings> = {}) {
  const a = referenceAccount();
  a.dashboards.unshift({ ...a.dashboards[0]!, id: 'taxi-fares-student', arn: REFERENCE_ARN, permissions: [] });
  const ctx = fakeContext({
    account: { id: async () => ACCOUNT },
    athena: fakeAthena({ accountId: ACCOUNT, region: REGION, workGroups: a.workGroups }),
    glue: fakeGlue({ databases: [{ name: 'taxis', tables: a.tables }] }),
    quicksight: fakeQuickSight({ ...a, tags: { [REFERENCE_ARN]: OWNER_TAGS } }),
  }, { region: REGION });
  Object.assign(ctx.settings, settings);
  return ctx;
}

describe('bi-dashboard: what the report says it graded', () => {
  it('the first dashboard of the chain, marked as the reference solution when nubelab deploy made it', async () => {
    expect(await gradedDashboard(contextWith())).toEqual([{ kind: { es: 'panel', en: 'dashboard' }, name: 'taxi-fares-student', reference: true, others: ['taxi-fares'] }]);
  });

  it("--exclude-reference grades the learner's own dashboard, and the share check reads its permissions", async () => {
    const ctx = contextWith({ excludeReference: true });
    expect(await gradedDashboard(ctx)).toEqual([{ kind: { es: 'panel', en: 'dashboard' }, name: 'taxi-fares', reference: false, others: [] }]);
    const outcome = await shared.run(ctx);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe(DASHBOARD_ARN);
  });

  it('--resource <id> puts that dashboard first', async () => {
    const [graded] = await gradedDashboard(contextWith({ resource: 'taxi-fares' }));
    expect(graded).toMatchObject({ name: 'taxi-fares', reference: false, others: ['taxi-fares-student'] });
  });
});
