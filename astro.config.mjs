// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { SECTIONS } from './site/course/sections.ts';

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
 * Each course section (one per seed guide, in course order) is a sidebar group generated from its
 * folder under site/content/docs/<lang>/; the folders have identical paths in both languages.
 * @param {string} dir
 */
const sidebarSection = (dir) => ({ ...label(`sidebar.${dir}`), items: [{ autogenerate: { directory: dir } }] });

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
      // The code frames' own strings (copy button, "Terminal window") are set in
      // site/content/i18n/en.json: Starlight ships no English `expressiveCode.*` strings (Expressive
      // Code's defaults are English), so with Spanish as the default locale its i18next fallback
      // handed the Spanish ones to every English page.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        { ...label('sidebar.startHere'), link: '/start-here/' },
        { ...label('sidebar.home'), link: '/' },
        { ...label('sidebar.progress'), link: '/progress/' },
        ...SECTIONS.map(({ dir }) => sidebarSection(dir)),
        { ...label('sidebar.reference'), items: ['glossary', 'coverage', 'engines'] },
      ],
    }),
  ],
});
