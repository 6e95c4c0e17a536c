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

/**
 * Expressive Code's own strings on every code frame (copy button, its "copied" feedback, the
 * screen-reader title of a terminal frame), as Starlight defines them: its translation for the
 * language, or, for English (Starlight ships none: Expressive Code's defaults are English), the
 * English default its i18n schema documents.
 */
const EC_KEYS = ['copyButtonTooltip', 'copyButtonCopied', 'terminalWindowFallbackTitle'] as const;
type EcStrings = Record<(typeof EC_KEYS)[number], string | undefined>;
function ecStrings(lang: string): EcStrings {
  const starlight = join(ROOT, 'node_modules', '@astrojs', 'starlight', 'dist');
  const translations = readFileSync(join(starlight, 'translations', `${lang}.js`), 'utf8');
  const schema = readFileSync(join(starlight, 'schemas', 'i18n.js'), 'utf8');
  const get = (key: string) =>
    new RegExp(`"expressiveCode\\.${key}":\\s*"([^"]+)"`).exec(translations)?.[1] ??
    (lang === 'en' ? new RegExp(`"expressiveCode\\.${key}":[^\\n]*English default value: \`\\\\"([^"\\\\]+)\\\\"\``).exec(schema)?.[1] : undefined);
  return Object.fromEntries(EC_KEYS.map((key) => [key, get(key)])) as EcStrings;
}
const EC_STRINGS = Object.fromEntries(LANGS.map((lang) => [lang, ecStrings(lang)])) as Record<(typeof LANGS)[number], EcStrings>;

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

  it.each(LANGS.map((l) => [l]))('code frames on %s pages speak the page language, never the other one', (lang) => {
    const own = EC_STRINGS[lang];
    const others = LANGS.filter((l) => l !== lang).flatMap((l) => Object.values(EC_STRINGS[l]) as string[]);
    let copyButtons = 0;
    let terminalTitles = 0;
    for (const page of htmlPages(lang)) {
      const html = readFileSync(join(DIST, lang, page, 'index.html'), 'utf8');
      for (const text of others) expect(html.includes(text), `${lang}/${page} shows "${text}"`).toBe(false);
      // Every copy button on the page carries this language's tooltip and feedback.
      for (const [button] of html.matchAll(/<button [^>]*data-copied="[^"]*"/g)) {
        copyButtons++;
        expect(button, `${lang}/${page}`).toContain(`title="${own.copyButtonTooltip}"`);
        expect(button, `${lang}/${page}`).toContain(`data-copied="${own.copyButtonCopied}"`);
      }
      terminalTitles += html.split(`<span class="sr-only">${own.terminalWindowFallbackTitle}</span>`).length - 1;
    }
    // Lessons have code blocks and untitled shell blocks, so the checks above have frames to look at.
    expect(copyButtons, `${lang}: copy buttons`).toBeGreaterThan(0);
    expect(terminalTitles, `${lang}: untitled terminal frames`).toBeGreaterThan(0);
  });

  it("Expressive Code's strings are read from Starlight, one distinct set per language (so the check above can fail)", () => {
    for (const key of EC_KEYS) {
      const values = LANGS.map((lang) => EC_STRINGS[lang][key]);
      expect(values.every((v) => typeof v === 'string' && v.length > 3), `${key}: ${values.join(' | ')}`).toBe(true);
      expect(new Set(values).size, `${key}: ${values.join(' | ')}`).toBe(LANGS.length);
    }
  });
});
