import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { copiedFromGuides, guideRuns } from '../../../site/course/guide-runs.ts';
import { lessonFile, lessonPaths, proseOf } from '../../../site/course/lessons.ts';
import { sharedRuns, wordRuns } from '../../../site/course/word-runs.ts';

/** The lessons are written anew, not copied from the guides (see site/course/guide-runs.ts). */
const runs = guideRuns(ROOT);

describe.each(LANGS.map((l) => [l]))('lessons in %s', (lang) => {
  it.each(lessonPaths(ROOT, lang).map((p) => [p]))('%s shares no sentence with the guides', (page) => {
    const prose = proseOf(readFileSync(lessonFile(ROOT, lang, page)!, 'utf8'));
    expect(copiedFromGuides(prose, runs)).toEqual([]);
  });
});

describe('word runs', () => {
  it('finds a copied phrase whatever its case and punctuation', () => {
    const runs = wordRuns('Un bucket es un contenedor de objetos en Amazon S3.', 4);
    expect(sharedRuns('Dicho de otro modo: UN CONTENEDOR, de objetos en amazon…', runs, 4)).toEqual(['un contenedor de objetos', 'contenedor de objetos en', 'de objetos en amazon']);
  });

  it('finds nothing in text written anew', () => {
    const runs = wordRuns('Un bucket es un contenedor de objetos en Amazon S3.', 4);
    expect(sharedRuns('S3 guarda objetos dentro de buckets.', runs, 4)).toEqual([]);
  });
});
