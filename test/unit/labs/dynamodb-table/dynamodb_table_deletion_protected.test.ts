import { describe, expect, it } from 'vitest';
import check from '../../../../labs/dynamodb-table/checks/dynamodb_table_deletion_protected.ts';
import { run, TABLE } from './helpers.ts';

describe('dynamodb_table_deletion_protected', () => {
  it('compliance: deletion protection on', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table ${TABLE} has deletion protection on.`);
    expect(outcome.evidence).toMatchObject({ deletionProtectionEnabled: true });
  });

  it('non-compliance: deletion protection off, create-table\'s default', async () => {
    const outcome = await run(check, (a) => (a.table.deletionProtection = false));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.es).toBe(`La tabla ${TABLE} no tiene la protección contra borrado activada.`);
  });
});
