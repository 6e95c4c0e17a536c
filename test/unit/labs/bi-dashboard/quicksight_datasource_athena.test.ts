import { describe, expect, it } from 'vitest';
import check from '../../../../labs/bi-dashboard/checks/quicksight_datasource_athena.ts';
import { qsArn, run, runWith, SOURCE_ARN } from './helpers.ts';

describe('quicksight_datasource_athena', () => {
  it("compliance: an Athena data source in the lesson's workgroup", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Data source taxis-athena queries Athena in workgroup taxis.');
    expect(outcome.evidence).toMatchObject({ resource: SOURCE_ARN, workGroupLookedFor: 'taxis' });
  });

  it('compliance: a learner-suffixed workgroup in a shared account, with the data source over it', async () => {
    const outcome = await run(check, (a) => {
      a.workGroups = [{ name: 'taxis-ana' }];
      a.dataSources[0]!.athenaWorkGroup = 'taxis-ana';
      a.dataSources[0]!.status = 'UPDATE_SUCCESSFUL';
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.workGroupLookedFor).toBe('taxis-ana');
  });

  it("non-compliance: the data source queries the account's primary workgroup", async () => {
    const outcome = await run(check, (a) => (a.dataSources[0]!.athenaWorkGroup = 'primary'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('No Athena data source uses workgroup taxis with its creation finished without errors (seen: taxis-athena → primary).');
    expect(outcome.evidence.athenaDataSources).toEqual([{ id: 'taxis-athena', type: 'ATHENA', status: 'CREATION_SUCCESSFUL', workGroup: 'primary' }]);
  });

  it('non-compliance: the data source failed to be created', async () => {
    const outcome = await run(check, (a) => (a.dataSources[0]!.status = 'CREATION_FAILED'));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: only an S3 data source', async () => {
    const outcome = await run(check, (a) => (a.dataSources = [{ id: 's3', arn: qsArn('datasource', 's3'), name: 'S3', type: 'S3', status: 'CREATION_SUCCESSFUL' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe('No hay ninguna fuente de datos de QuickSight de tipo Athena.');
  });

  it('non-compliance: no taxis workgroup at all (athena-queries not done)', async () => {
    const outcome = await run(check, (a) => (a.workGroups = [{ name: 'primary' }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('Do the athena-queries lab first.');
    expect(outcome.evidence.workGroupLookedFor).toBeNull();
  });

  it('non-compliance: an AWS account without the Quick Sight subscription', async () => {
    const notSubscribed = Object.assign(new Error('Account 123456789012 is not subscribed for QuickSight'), { name: 'UnsupportedUserEditionException' });
    const { outcome } = await runWith(check, () => {}, { 'quicksight.dataSources': notSubscribed });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('This account has no Quick Sight subscription');
    expect(outcome.evidence.subscribed).toBe(false);
  });
});
