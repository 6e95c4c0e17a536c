import type { Lang } from '../../checker/core/i18n.ts';
import type { Fact } from './facts.ts';
import { isFactWhen, isIsoDay } from './fact-dates.ts';
import { findValues, SCANNERS, type ValueKind } from './fact-values.ts';

/**
 * The checks behind test/unit/course/facts.test.ts, as plain functions of their inputs so the
 * test can also feed them planted mistakes. Each returns human-readable problems; none looks at
 * today's date, so time passing alone never turns one red.
 */

/** Values a lesson states that no fact records for that lesson. */
export function unrecordedValues(facts: readonly Fact[], page: string, lang: Lang, source: string): string[] {
  const recorded = (kind: ValueKind, value: string) =>
    facts.some((f) => f.pages.includes(page) && (f.values?.[kind] ?? []).includes(value));
  return findValues(source, lang)
    .filter((v) => !recorded(v.kind, v.value))
    .map((v) => `${lang}/${page}:${v.line}: ${SCANNERS[v.kind].label} '${v.value}' is not recorded for this page in site/course/facts.ts`);
}

/** The ids a lesson passes to <FactDate id="…" />, in order. */
export function factDateIds(source: string): string[] {
  return [...source.matchAll(/<FactDate\s+id="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

/** <FactDate> uses that point at no fact, at a fact without a date, or at a fact that does not list the page. */
export function badFactDates(facts: readonly Fact[], page: string, lang: Lang, source: string): string[] {
  return factDateIds(source).flatMap((id) => {
    const f = facts.find((x) => x.id === id);
    if (!f) return [`${lang}/${page}: <FactDate id="${id}"> names no fact`];
    if (!f.when) return [`${lang}/${page}: fact '${id}' records no date for <FactDate>`];
    if (!f.pages.includes(page)) return [`${lang}/${page}: fact '${id}' does not list this page`];
    return [];
  });
}

const MONTH_NAMES: Record<Lang, RegExp> = {
  es: /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i,
  en: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
};

/**
 * Dates written by hand inside a <WhatChanged> note. The notes take their dates from the facts
 * data through <FactDate>, so the two languages cannot drift apart; inline code (`rds-ca-2019`),
 * link targets and the name Amazon Linux 2023 are not dates.
 */
export function handwrittenDatesInNotes(source: string, lang: Lang): string[] {
  const problems: string[] = [];
  let inNote = false;
  source.split(/\r?\n/).forEach((line, i) => {
    if (/<WhatChanged\b/.test(line)) inNote = true;
    if (inNote) {
      const text = line
        .replace(/<FactDate\b[^>]*\/>/g, ' ')
        .replace(/`[^`]*`/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\bAmazon Linux 2023\b/g, ' ');
      if (MONTH_NAMES[lang].test(text) || /\b(?:19|20)\d{2}\b/.test(text)) problems.push(`${lang}:${i + 1}: ${line.trim()}`);
    }
    if (/<\/WhatChanged>/.test(line)) inNote = false;
  });
  return problems;
}

/** What is wrong with one entry of the data, on its own or against the lessons that exist. */
export function entryProblems(f: Fact, lessonsExist: (page: string) => boolean, valueStated: (page: string, kind: ValueKind, value: string) => boolean): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`fact '${f.id}': ${message}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)) say('id is not kebab-case');
  if (f.sources.length === 0 || f.sources.some((s) => !/^https:\/\/\S+$/.test(s))) say('needs at least one https source, and only URLs');
  if (!isIsoDay(f.verified)) say(`verified '${f.verified}' is not a YYYY-MM-DD date`);
  if (!isIsoDay(f.reviewBy)) say(`reviewBy '${f.reviewBy}' is not a YYYY-MM-DD date`);
  else if (isIsoDay(f.verified) && f.reviewBy <= f.verified) say('reviewBy must come after verified');
  if (f.when !== undefined && !isFactWhen(f.when)) say(`when '${f.when}' is not YYYY-MM-DD, YYYY-MM, YYYY or YYYY-late`);
  if (!f.text.es.trim() || !f.text.en.trim()) say('needs its text in es and en');
  if (f.note && (!f.note.es.trim() || !f.note.en.trim())) say('a note needs both languages');
  if (f.pages.length === 0) say('lists no lesson');
  for (const page of f.pages) if (!lessonsExist(page)) say(`lists '${page}', which is not a lesson in both languages`);
  for (const [kind, values] of Object.entries(f.values ?? {}) as [ValueKind, readonly string[]][]) {
    for (const value of values) {
      if (!f.pages.some((page) => valueStated(page, kind, value))) say(`records ${kind} '${value}', which none of its lessons states`);
    }
  }
  return problems;
}
