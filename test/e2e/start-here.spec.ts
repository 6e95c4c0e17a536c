import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../checker/paths.ts';
import { labs } from '../../labs/index.ts';
import { LANGS } from './pages.ts';

/**
 * The "Start here" page in both languages: reached from the home page and first in the sidebar,
 * it gives the two commands, the first lab, the reference vs doing it, a real account and its
 * clean-up (one link per lab, last lab first, each landing on that lesson's clean-up section).
 */

const TEXT = {
  es: {
    title: 'Empieza aquí',
    cleanupHeading: 'Limpieza en AWS',
    sections: ['Las dos órdenes', 'Qué es el emulador', 'Tu primer laboratorio, paso a paso', 'La solución de referencia o hacerlo tú', 'Con una cuenta real de AWS', 'Limpiar una cuenta real'],
  },
  en: {
    title: 'Start here',
    cleanupHeading: 'Clean up on AWS',
    sections: ['The two commands', 'What the emulator is', 'Your first lab, step by step', 'The reference solution, or doing it yourself', 'With a real AWS account', 'Cleaning up a real account'],
  },
} as const;

const labsWithCleanup = labs.filter((lab) => existsSync(join(ROOT, 'labs', lab.id, 'cleanup.ts')));

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

for (const lang of LANGS) {
  const t = TEXT[lang];

  test.describe(`Start here (${lang})`, () => {
    test('the home page leads to it, and it is first in the sidebar', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('link', { name: t.title, exact: true }).first().click();
      await expect(page).toHaveURL(`/${lang}/start-here/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
      const sidebar = page.locator('#starlight__sidebar');
      await expect(sidebar.getByRole('link').first()).toHaveText(t.title);
      await expect(sidebar.getByRole('link').first()).toHaveAttribute('aria-current', 'page');
    });

    test('explains the two commands, the first lab, the reference and a real account', async ({ page }) => {
      await page.goto(`/${lang}/start-here/`);
      await expect(page.locator('main .sl-markdown-content').getByRole('heading', { level: 2 })).toHaveText([...t.sections]);
      const main = page.locator('main');
      for (const command of [
        'npm start',
        'npm test',
        'npx nubelab check s3-bucket',
        'npx nubelab deploy s3-bucket',
        'npx nubelab destroy s3-bucket',
        'npx nubelab grader-policy',
        'npx nubelab emulator reset',
      ]) {
        await expect(main.getByText(command).first(), command).toBeVisible();
      }
      await expect(main.locator('pre').filter({ hasText: '--target aws --profile' })).toBeVisible();
      await expect(main.getByRole('link', { name: lang === 'es' ? 'El bucket del data lake' : 'The data-lake bucket', exact: true })).toHaveAttribute('href', `/${lang}/taxi-project/s3-bucket/`);
    });

    test('lists every lab\'s clean-up, last lab first, each link landing on that section', async ({ page }) => {
      await page.goto(`/${lang}/start-here/`);
      const links = page.locator('.nl-cleanup-index a');
      const expected = [...labsWithCleanup].reverse().map((lab) => lab.title[lang]);
      await expect(links).toHaveText(expected);
      const anchor = lang === 'es' ? 'limpieza-en-aws' : 'clean-up-on-aws';
      for (const lab of [...labsWithCleanup].reverse()) {
        await expect(links.filter({ hasText: lab.title[lang] }).first()).toHaveAttribute('href', `/${lang}/${lab.lessons[0]}/#${anchor}`);
      }
      // Follow the first one: the lesson has that section, with what to delete.
      await links.first().click();
      await expect(page.locator(`h2#${anchor}`)).toHaveText(t.cleanupHeading);
      await expect(page.locator('ol.nl-cleanup > li').first()).toBeVisible();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/start-here/`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
