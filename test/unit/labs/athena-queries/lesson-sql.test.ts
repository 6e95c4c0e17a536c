import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labFile } from '../../../../checker/paths.ts';
import { LESSON_QUERY, tableDdl } from '../../../../labs/athena-queries/athena.ts';

/** The CLI steps, the lesson and the reference's setup must run the same SQL, or the lesson's rows mean nothing. */
describe('athena-queries: one SQL text everywhere', () => {
  const steps = readFileSync(labFile('athena-queries', 'steps.sh'), 'utf8');
  const output = JSON.parse(readFileSync(labFile('athena-queries', 'lesson-output.json'), 'utf8')) as { query: string; rows: unknown[] };

  it("steps.sh writes the setup's CREATE EXTERNAL TABLE and the lesson's query", () => {
    expect(steps).toContain(tableDdl('${BUCKET}'));
    expect(steps).toContain(`<<'SQL'\n${LESSON_QUERY}\nSQL`);
  });

  it("the lesson's generated output is for the lesson's query, with rows", () => {
    expect(output.query).toBe(LESSON_QUERY);
    expect(output.rows.length).toBeGreaterThan(0);
  });

  it('both lesson pages show the DDL the setup runs, for an example bucket', () => {
    for (const lang of ['es', 'en']) {
      const mdx = readFileSync(`site/content/docs/${lang}/connecting-services/athena.mdx`, 'utf8');
      expect(mdx, lang).toContain(`${tableDdl('taxis-datalake-ana-123456789012')};`);
    }
  });
});
