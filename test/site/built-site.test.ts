import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../checker/paths.ts';
import { LANGS } from '../../checker/core/i18n.ts';
import { lessonPaths } from '../../site/course/lessons.ts';

/**
 * Checks on the built site (dist/), which scripts/test.sh builds first. Internal links and their
 * #fragments are already proven by the build itself: starlight-links-validator fails it on any
 * broken one, in either language.
 */
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'es', 'index.html'))) {
  throw new Error('dist/ has no built site: run `astro build` first (scripts/test.sh does).');
}

function htmlPages(lang: string): string[] {
  const base = join(DIST, lang);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name === 'index.html' ? [relative(base, dir)] : []));
  return walk(base).sort();
}

/** Starlight's notice on a page shown in place of a missing translation, read from its own strings. */
function fallbackNotice(lang: string): string | undefined {
  const strings = readFileSync(join(ROOT, 'node_modules', '@astrojs', 'starlight', 'dist', 'translations', `${lang}.js`), 'utf8');
  return /"i18n\.untranslatedContent":\s*"([^"]+)"/.exec(strings)?.[1];
}
const FALLBACK_NOTICES = LANGS.map(fallbackNotice);

describe('the built site', () => {
  it('has the same pages in both languages, one per lesson source', () => {
    expect(htmlPages('en')).toEqual(htmlPages('es'));
    for (const lang of LANGS) {
      const fromSources = lessonPaths(ROOT, lang).map((p) => (p === 'index' ? '' : p)).sort();
      expect(htmlPages(lang), lang).toEqual(fromSources);
    }
  });

  it.each(LANGS.map((l) => [l]))('no %s page falls back to untranslated content, and each declares its language', (lang) => {
    for (const page of htmlPages(lang)) {
      const html = readFileSync(join(DIST, lang, page, 'index.html'), 'utf8');
      for (const notice of FALLBACK_NOTICES) expect(html.includes(notice!), `${lang}/${page} shows "${notice}"`).toBe(false);
      expect(html, `${lang}/${page}`).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    }
  });

  it('the fallback notice is what Starlight would print (so the check above can fail)', () => {
    expect(FALLBACK_NOTICES.every((n) => typeof n === 'string' && n.length > 10)).toBe(true);
  });
});
