import type { Lang } from '../../checker/core/i18n.ts';
import { words } from './word-runs.ts';

/**
 * Tells Spanish prose from English by their function words. AWS service names and code, which
 * both languages share, do not count either way.
 */
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'para', 'con', 'por', 'es', 'se', 'su', 'lo', 'como', 'más', 'pero', 'cuando', 'sin']),
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'it', 'on', 'are', 'this', 'by', 'you', 'your', 'when', 'from', 'not', 'but', 'what', 'an']),
};

/** The share, from 0 to 1, of the text's function words that belong to `lang`. */
export function languageShare(text: string, lang: Lang): number {
  const all = words(text);
  const own = all.filter((w) => FUNCTION_WORDS[lang].has(w)).length;
  const other = all.filter((w) => FUNCTION_WORDS[lang === 'es' ? 'en' : 'es'].has(w)).length;
  return own / Math.max(1, own + other);
}
