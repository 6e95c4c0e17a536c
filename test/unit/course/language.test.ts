import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { lessonFile, lessonPaths, proseOf } from '../../../site/course/lessons.ts';
import { languageShare } from '../../../site/course/language.ts';

/**
 * Each page reads in its own language: an English page pasted from the Spanish one (or left
 * half-translated) fails here, long before a reader finds it.
 */
describe.each(LANGS.map((l) => [l]))('pages in %s', (lang) => {
  it.each(lessonPaths(ROOT, lang).map((p) => [p]))('%s is written in its language', (page) => {
    const prose = proseOf(readFileSync(lessonFile(ROOT, lang, page)!, 'utf8'));
    expect(languageShare(prose, lang)).toBeGreaterThan(0.85);
  });
});

describe('language share', () => {
  it('tells Spanish from English', () => {
    expect(languageShare('El rol permite que la instancia lea los objetos del bucket sin claves.', 'es')).toBeGreaterThan(0.85);
    expect(languageShare('The role lets the instance read the objects in the bucket without keys.', 'es')).toBeLessThan(0.2);
  });
});
