/** The languages NubeLab speaks. Spanish comes first: it is the course's default. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in every language. A missing translation is a compile error. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the learner's language from the environment: English only when the locale says so. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.NUBELAB_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'es';
}
