import { describe, expect, it } from 'vitest';
import check from '../../../../labs/glue-catalog/checks/glue_database_exists.ts';
import { run } from './helpers.ts';

describe('glue_database_exists', () => {
  it('compliance: the taxis database', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: 'arn:aws:glue:us-east-1:123456789012:database/taxis', otherMatchingDatabases: [] });
  });

  it('compliance: taxis_<name> in a shared account; the exact name wins over a newer suffixed one', async () => {
    expect((await run(check, (a) => (a.database.name = 'taxis_ana'))).message.en).toBe('Database taxis_ana exists.');
    const outcome = await run(check, (a) => a.otherDatabases.push({ name: 'taxis_old', createdAt: '2026-11-30T12:00:00.000Z' }));
    expect(outcome.message.en).toBe('Database taxis exists.');
    expect(outcome.evidence.otherMatchingDatabases).toEqual(['taxis_old']);
  });

  it('non-compliance: only the default database and one named otherwise', async () => {
    const outcome = await run(check, (a) => {
      a.database.name = 'default';
      a.otherDatabases.push({ name: 'taxisdb' });
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('There is no taxis database (nor taxis_…) in the Glue Data Catalog of region us-east-1.');
    expect(outcome.evidence.databasesSeen).toEqual(['default', 'taxisdb']);
  });
});
