import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { pluralCategory, pluralKey } from '../../../site/components/plural.ts';

const strings = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'site', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('plural forms with Intl.PluralRules', () => {
  it('says one for 1 and other for 0, 2 and 21 in both languages', () => {
    for (const lang of ['es', 'en']) {
      expect(pluralCategory(lang, 1)).toBe('one');
      for (const n of [0, 2, 21, 1.5]) expect(pluralCategory(lang, n), `${lang} ${n}`).toBe('other');
    }
    expect(pluralKey('en', 'coverage.omittedCount', 1)).toBe('coverage.omittedCount.one');
  });

  it('every counted UI string has both forms, in both languages, and each form shows a number', () => {
    for (const lang of ['es', 'en']) {
      const all = strings(lang);
      const counted = Object.keys(all).filter((k) => /\.(one|other)$/.test(k)).map((k) => k.replace(/\.(one|other)$/, ''));
      expect(counted.length).toBeGreaterThan(0);
      for (const key of new Set(counted)) {
        for (const form of ['one', 'other']) {
          expect(all[`${key}.${form}`], `${lang}: ${key}.${form}`).toMatch(/\{\{\w+\}\}/);
        }
      }
    }
  });
});
