/**
 * Count-based UI strings, chosen with Intl.PluralRules so "1 heading" and "2 headings" (and
 * "1 encabezado", "2 encabezados") come out right. A counted string lives in site/content/i18n as
 * two keys, `<key>.one` and `<key>.other`: Spanish and English only ever need those two forms
 * (Intl.PluralRules answers "one" or "other" for both), and a test keeps every pair complete.
 */
export type PluralCategory = 'one' | 'other';

const rulesByLang = new Map<string, Intl.PluralRules>();

/** The form a count takes in a language; every category other than "one" uses the "other" string. */
export function pluralCategory(lang: string, count: number): PluralCategory {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The i18n key for `count` of `key`: `coverage.omitted` and 1 give `coverage.omitted.one`. */
export function pluralKey(lang: string, key: string, count: number): string {
  return `${key}.${pluralCategory(lang, count)}`;
}
