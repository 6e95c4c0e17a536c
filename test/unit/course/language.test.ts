import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS, type Lang } from '../../../checker/core/i18n.ts';
import { lessonFile, lessonPaths, proseOf } from '../../../site/course/lessons.ts';
import { words } from '../../../site/course/word-runs.ts';

/**
 * Each page reads in its own language: an English page pasted from the Spanish one (or left
 * half-translated) fails here, long before a reader finds it. Function words are a reliable tell;
 * AWS service names and code, which both languages share, are not counted.
 */
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'para', 'con', 'por', 'es', 'se', 'su', 'lo', 'como', 'más', 'pero', 'cuando', 'sin']),
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'it', 'on', 'are', 'this', 'by', 'you', 'your', 'when', 'from', 'not', 'but', 'what']),
};

function shareOf(text: string, lang: Lang): number {
  const all = words(text);
  const own = all.filter((w) => FUNCTION_WORDS[lang].has(w)).length;
  const other = all.filter((w) => FUNCTION_WORDS[lang === 'es' ? 'en' : 'es'].has(w)).length;
  return own / Math.max(1, own + other);
}

describe.each(LANGS.map((l) => [l]))('pages in %s', (lang) => {
  it.each(lessonPaths(ROOT, lang).map((p) => [p]))('%s is written in its language', (page) => {
    const prose = proseOf(readFileSync(lessonFile(ROOT, lang, page)!, 'utf8'));
    expect(shareOf(prose, lang)).toBeGreaterThan(0.85);
  });
});

describe('language share', () => {
  it('tells Spanish from English', () => {
    expect(shareOf('El rol permite que la instancia lea los objetos del bucket sin claves.', 'es')).toBeGreaterThan(0.85);
    expect(shareOf('The role lets the instance read the objects in the bucket without keys.', 'es')).toBeLessThan(0.2);
  });
});
