import { isLang, type Lang } from '../../checker/core/i18n.ts';

/**
 * The language of the page a component is rendered in. Astro knows it from the URL (/es/…, /en/…);
 * anything else means a component ended up on a page outside the two locale trees, which is a bug
 * worth failing the build for rather than silently showing Spanish.
 */
export function pageLang(currentLocale: string | undefined): Lang {
  if (isLang(currentLocale)) return currentLocale;
  throw new Error(`NubeLab components only render on /es/ or /en/ pages (got locale '${currentLocale}').`);
}
