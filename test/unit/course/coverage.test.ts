import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import { LANGS } from '../../../checker/core/i18n.ts';
import { GUIDES, extractHeadings, readGuide } from '../../../site/course/guide-headings.ts';
import { coverage } from '../../../site/course/coverage/index.ts';
import { isOmitted, type CoveredHeading } from '../../../site/course/coverage-types.ts';
import { lessonFile, sectionHeadings } from '../../../site/course/lessons.ts';

/** Every heading of every guide is covered by a lesson section in both languages, or left out with a reason. */

describe.each(GUIDES.map((g) => [g]))('guide %s', (guide) => {
  const headings = extractHeadings(readGuide(ROOT, guide));
  const entries = coverage.filter((e) => e.guide === guide);

  it('has headings to cover (the extractor found the guide)', () => {
    expect(headings.length).toBeGreaterThan(5);
  });

  it('maps every heading of the guide', () => {
    const mapped = new Set(entries.map((e) => e.heading));
    const unmapped = headings.filter((h) => !mapped.has(h.text)).map((h) => `line ${h.line}: ${h.text}`);
    expect(unmapped, 'guide headings missing from site/course/coverage/').toEqual([]);
  });

  it('maps only headings the guide really has, once each', () => {
    const real = new Set(headings.map((h) => h.text));
    expect(entries.filter((e) => !real.has(e.heading)).map((e) => e.heading), 'stale entries').toEqual([]);
    const seen = entries.map((e) => e.heading);
    expect(seen.filter((h, i) => seen.indexOf(h) !== i), 'duplicate entries').toEqual([]);
  });
});

describe('coverage map targets', () => {
  const covered = coverage.filter((e): e is CoveredHeading => !isOmitted(e));

  it.each(LANGS.map((l) => [l]))('every mapped page and section exists in %s', (lang) => {
    const missing: string[] = [];
    for (const entry of covered) {
      const file = lessonFile(ROOT, lang, entry.page);
      if (!file) {
        missing.push(`${entry.guide} "${entry.heading}" → page ${lang}/${entry.page} does not exist`);
        continue;
      }
      if (entry.section === null) continue;
      const sections = sectionHeadings(readFileSync(file, 'utf8'));
      if (!sections.includes(entry.section[lang])) {
        missing.push(`${entry.guide} "${entry.heading}" → ${lang}/${entry.page} has no heading "${entry.section[lang]}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every omission gives its reason in both languages', () => {
    for (const entry of coverage.filter(isOmitted)) {
      for (const lang of LANGS) expect(entry.omitted[lang].trim().length, `${entry.heading} (${lang})`).toBeGreaterThan(20);
    }
  });

  it('covers most of each guide rather than omitting it', () => {
    for (const guide of GUIDES) {
      const entries = coverage.filter((e) => e.guide === guide);
      expect(entries.filter(isOmitted).length, guide).toBeLessThan(entries.length / 4);
    }
  });
});
