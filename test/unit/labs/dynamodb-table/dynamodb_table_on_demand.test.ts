import { describe, expect, it } from 'vitest';
import check from '../../../../labs/dynamodb-table/checks/dynamodb_table_on_demand.ts';
import { run, TABLE } from './helpers.ts';

describe('dynamodb_table_on_demand', () => {
  it('compliance: PAY_PER_REQUEST', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table ${TABLE} uses on-demand capacity.`);
    expect(outcome.evidence).toMatchObject({ billingMode: 'PAY_PER_REQUEST' });
  });

  it('non-compliance: provisioned capacity, DynamoDB\'s default without --billing-mode', async () => {
    const outcome = await run(check, (a) => (a.table.billingMode = 'PROVISIONED'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Table ${TABLE} uses PROVISIONED capacity, not on-demand.`);
    expect(outcome.message.es).toBe(`La tabla ${TABLE} usa capacidad PROVISIONED, no bajo demanda.`);
  });
});
