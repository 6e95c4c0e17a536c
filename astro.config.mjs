// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';

/** UI strings live in one place per language; the sidebar reads its labels from there too. */
const ui = Object.fromEntries(
  ['es', 'en'].map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`./site/content/i18n/${lang}.json`, import.meta.url), 'utf8')),
  ]),
);
/**
 * Sidebar config takes a default label plus translations keyed by language.
 * @param {string} key
 */
const label = (key) => ({ label: ui.es[key], translations: { en: ui.en[key] } });

/**
 * The five course sections, in course order (one per seed guide). Each is a folder under
 * site/content/docs/{es,en}/ with identical paths in both languages, and a heading with the
 * same id on the home page's course map.
 */
const sections = ['fundamentals', 'aws-notes', 'taxi-project', 'architecture', 'connecting-services'];

/**
 * A section with written lessons is a group whose links are generated from its folder. A section
 * with none yet would be an empty group, so it is a single link to its place on the course map,
 * badged as planned (pagination then also leads readers to the map, not to a dead end).
 * @param {string} dir
 */
function sidebarSection(dir) {
  const hasLessons = existsSync(new URL(`./site/content/docs/es/${dir}/`, import.meta.url));
  if (hasLessons) return { ...label(`sidebar.${dir}`), items: [{ autogenerate: { directory: dir } }] };
  return {
    ...label(`sidebar.${dir}`),
    link: `/#${dir}`,
    badge: { text: { es: ui.es['badge.planned'], en: ui.en['badge.planned'] }, variant: /** @type {const} */ ('note') },
  };
}

/** @param {string} slug */
const pageExists = (slug) => existsSync(new URL(`./site/content/docs/es/${slug}.mdx`, import.meta.url));

export default defineConfig({
  srcDir: './site',
  // Spanish is the course's default language; the bare root sends readers there.
  redirects: { '/': '/es/' },
  integrations: [
    starlight({
      title: 'NubeLab',
      defaultLocale: 'es',
      locales: {
        es: { label: 'Español', lang: 'es' },
        en: { label: 'English', lang: 'en' },
      },
      customCss: ['./site/styles/nubelab.css'],
      // Every internal link and #fragment, in both languages, must resolve: a broken one fails the build.
      plugins: [starlightLinksValidator()],
      // Long commands wrap instead of scrolling: a scrolling code block becomes an unnamed
      // keyboard-focusable region (axe: landmark-unique), and wrapped lines read fine.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        { ...label('sidebar.home'), link: '/' },
        ...sections.map(sidebarSection),
        { ...label('sidebar.reference'), items: ['glossary', 'coverage'].filter(pageExists) },
      ],
    }),
  ],
});
