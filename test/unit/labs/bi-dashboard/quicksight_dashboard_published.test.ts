import { describe, expect, it } from 'vitest';
import check from '../../../../labs/bi-dashboard/checks/quicksight_dashboard_published.ts';
import { ANALYSIS_ARN, DASHBOARD_ARN, DATA_SET_ARN, qsArn, run } from './helpers.ts';

describe('quicksight_dashboard_published', () => {
  it("compliance: a dashboard published from the analysis's definition (same data set)", async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Dashboard taxi-fares has version 1 published, made from analysis taxi-fares.');
    expect(outcome.evidence).toMatchObject({ resource: DASHBOARD_ARN, builtFrom: ANALYSIS_ARN });
  });

  it('compliance: published from the console, which records the analysis as its source', async () => {
    const outcome = await run(check, (a) => {
      const version = a.dashboards[0]!.publishedVersion!;
      version.number = 3;
      version.sourceEntityArn = ANALYSIS_ARN;
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.message.es).toBe('El panel taxi-fares tiene publicada la versión 3, hecha a partir del análisis taxi-fares.');
  });

  it('non-compliance: no version published', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.publishedVersion = undefined));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.dashboardsSeen).toEqual([expect.objectContaining({ id: 'taxi-fares', publishedVersion: null })]);
  });

  it('non-compliance: the published version failed', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.publishedVersion!.status = 'CREATION_FAILED'));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: a dashboard over another data set, not from the analysis', async () => {
    const outcome = await run(check, (a) => (a.dashboards[0]!.publishedVersion!.dataSetArns = [qsArn('dataset', 'zones')]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('No dashboard has a published version without errors, with visuals, made from the analysis (1 dashboards seen).');
    expect(outcome.evidence.analysisArns).toEqual([ANALYSIS_ARN]);
  });

  it('non-compliance: the analysis it came from is gone', async () => {
    const outcome = await run(check, (a) => (a.analyses = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.dashboardsSeen).toEqual([expect.objectContaining({ dataSetArns: [DATA_SET_ARN] })]);
  });
});
