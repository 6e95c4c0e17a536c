import { describe, expect, it } from 'vitest';
import check from '../../../../labs/bi-dashboard/checks/quicksight_analysis_trips.ts';
import { ANALYSIS_ARN, DATA_SET_ARN, qsArn, run } from './helpers.ts';

describe('quicksight_analysis_trips', () => {
  it('compliance: an analysis with a bar chart over the trips data set', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Analysis taxi-fares uses the data set and has 1 visual(s).');
    expect(outcome.evidence).toMatchObject({ resource: ANALYSIS_ARN, dataSetArns: [DATA_SET_ARN] });
  });

  it('compliance: an analysis updated since, over two data sets', async () => {
    const outcome = await run(check, (a) => {
      a.analyses[0]!.status = 'UPDATE_SUCCESSFUL';
      a.analyses[0]!.dataSetArns = [qsArn('dataset', 'zones'), DATA_SET_ARN];
    });
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: an analysis with no visual yet', async () => {
    const outcome = await run(check, (a) => (a.analyses[0]!.sheets = [{ id: 'empty', visuals: 0 }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There are analyses on the data set (taxi-fares: CREATION_SUCCESSFUL, 0 visuals), but none is built without errors and with a visual.');
  });

  it('non-compliance: the analysis failed (a visual over an undeclared data set)', async () => {
    const outcome = await run(check, (a) => {
      a.analyses[0]!.status = 'CREATION_FAILED';
      a.analyses[0]!.errors = ['DATA_SET_NOT_FOUND: Data set identifier other is not declared.'];
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.analysesSeen).toEqual([expect.objectContaining({ status: 'CREATION_FAILED', errors: ['DATA_SET_NOT_FOUND: Data set identifier other is not declared.'] })]);
  });

  it('non-compliance: an analysis over another data set only; a deleted one is not counted', async () => {
    const outcome = await run(check, (a) => {
      a.analyses = [
        { ...a.analyses[0]!, id: 'zones', dataSetArns: [qsArn('dataset', 'zones')] },
        { ...a.analyses[0]!, id: 'old', status: 'DELETED' },
      ];
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe('Ningún análisis usa el conjunto de datos de los viajes.');
  });
});
