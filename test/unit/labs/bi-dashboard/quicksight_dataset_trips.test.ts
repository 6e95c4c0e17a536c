import { describe, expect, it } from 'vitest';
import check from '../../../../labs/bi-dashboard/checks/quicksight_dataset_trips.ts';
import { DATA_SET_ARN, qsArn, run } from './helpers.ts';

describe('quicksight_dataset_trips', () => {
  it('compliance: the taxi_trips table of the taxis database, through the Athena data source', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe('Data set taxi-trips reads taxis.taxi_trips as a table (DIRECT_QUERY mode).');
    expect(outcome.evidence).toMatchObject({ resource: DATA_SET_ARN, reads: 'taxis.taxi_trips', processedTables: ['taxis.taxi_trips'] });
  });

  it('compliance: custom SQL over the table, imported into SPICE', async () => {
    const outcome = await run(check, (a) => {
      a.dataSets[0]!.importMode = 'SPICE';
      a.dataSets[0]!.tables = [{ key: 'sql', kind: 'CustomSql', dataSourceArn: a.dataSources[0]!.arn, sql: 'SELECT payment_type, fare_amount\nFROM "taxis"."taxi_trips" WHERE fare_amount > 0' }];
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.message.es).toBe('El conjunto de datos taxi-trips lee taxis.taxi_trips con SQL personalizado (modo SPICE).');
  });

  it('non-compliance: a table that is not over processed/ (the raw CSV)', async () => {
    const outcome = await run(check, (a) => (a.dataSets[0]!.tables[0]!.table = 'raw'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('No data set reads taxis.taxi_trips through the Athena data source (1 data sets seen).');
    expect(outcome.evidence.dataSetsSeen).toEqual([{ id: 'taxi-trips', importMode: 'DIRECT_QUERY', tables: [expect.objectContaining({ table: 'raw' })] }]);
  });

  it('non-compliance: the right table through another data source', async () => {
    const outcome = await run(check, (a) => (a.dataSets[0]!.tables[0]!.dataSourceArn = qsArn('datasource', 'other')));
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: custom SQL that only mentions the table in a comment', async () => {
    const outcome = await run(check, (a) => {
      a.dataSets[0]!.tables = [{ key: 'sql', kind: 'CustomSql', dataSourceArn: a.dataSources[0]!.arn, sql: '-- taxi_trips later\nSELECT 1 AS one' }];
    });
    expect(outcome.status).toBe('fail');
  });

  it('non-compliance: no table over processed/ in the taxi database', async () => {
    const outcome = await run(check, (a) => (a.tables = a.tables.filter((t) => t.name !== 'taxi_trips')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('there are no processed trips to read');
  });
});
