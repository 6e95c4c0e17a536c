import type { Lang } from './i18n.ts';

/**
 * Count-based wording chosen with Intl.PluralRules ("1 resource", "2 resources"; "1 recurso",
 * "2 recursos"). Spanish and English only ever need the `one` and `other` forms.
 */
const rules = new Map<Lang, Intl.PluralRules>();

export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return `${count} ${rule.select(count) === 'one' ? forms.one : forms.other}`;
}
