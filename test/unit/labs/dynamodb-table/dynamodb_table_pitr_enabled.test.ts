import { describe, expect, it } from 'vitest';
import check from '../../../../labs/dynamodb-table/checks/dynamodb_table_pitr_enabled.ts';
import { run, TABLE } from './helpers.ts';

describe('dynamodb_table_pitr_enabled', () => {
  it('compliance: PITR on with the default 35 days, or a shorter window', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Table ${TABLE} has point-in-time recovery on, over 35 days.`);
    const shorter = await run(check, (a) => (a.table.backups = { pitrStatus: 'ENABLED', recoveryPeriodDays: 7 }));
    expect(shorter.status).toBe('pass');
    expect(shorter.evidence).toMatchObject({ pointInTimeRecovery: 'ENABLED', recoveryPeriodDays: 7 });
  });

  it('non-compliance: PITR off, as on a new table', async () => {
    const outcome = await run(check, (a) => delete a.table.backups);
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Table ${TABLE} has point-in-time recovery DISABLED.`);
    expect(outcome.evidence).toMatchObject({ pointInTimeRecovery: 'DISABLED', recoveryPeriodDays: null });
  });
});
