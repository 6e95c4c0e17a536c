import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { findLab } from '../../labs/index.ts';
import { LANGS, PAGES } from './pages.ts';

/**
 * A 375 px wide phone, in both languages: the check table's rows are cards with every cell on
 * screen (no sideways scrolling, points and hint labelled with their column), the lesson says up
 * front where the lab runs, the home page has a language switch, and axe finds nothing.
 */
test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const LAB = findLab('s3-bucket')!;
const LABELS = {
  es: { points: 'Puntos', hint: 'Pista si falla', paths: 'Dónde se hace este laboratorio', other: { name: 'English', home: '/en/' } },
  en: { points: 'Points', hint: 'Hint if it fails', paths: 'Where this lab runs', other: { name: 'Español', home: '/es/' } },
} as const;

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** How far the page can scroll sideways (0: nothing is off-screen). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const lang of LANGS) {
  const labels = LABELS[lang];

  test.describe(`phone layout (${lang})`, () => {
    test('the check table shows every check as a card with its points and hint on screen', async ({ page }) => {
      await page.goto(PAGES[lang].lesson);
      const table = page.getByRole('table', { name: PAGES[lang].checkTableName });
      await table.scrollIntoViewIfNeeded();
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(LAB.checks.length);
      expect(await sidewaysOverflow(page)).toBe(0);
      for (let i = 0; i < LAB.checks.length; i++) {
        const check = LAB.checks[i]!;
        const row = rows.nth(i);
        const points = row.locator('td.nl-points');
        const hint = row.locator('td').last();
        await expect(hint).toHaveText(check.hint[lang]);
        for (const cell of [points, hint]) {
          await cell.scrollIntoViewIfNeeded();
          await expect(cell).toBeInViewport();
          const box = (await cell.boundingBox())!;
          expect(box.x, `${check.id}: cell starts on screen`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${check.id}: cell ends on screen`).toBeLessThanOrEqual(375);
        }
        // Each card names its cells, since the column headers are not shown on a phone.
        const before = (cell: typeof points) => cell.evaluate((el) => getComputedStyle(el, '::before').content);
        expect(await before(points)).toBe(`"${labels.points}: "`);
        expect(await before(hint)).toBe(`"${labels.hint}: "`);
      }
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the lesson says where the lab runs before anything else', async ({ page }) => {
      await page.goto(PAGES[lang].lesson);
      const paths = page.getByRole('region', { name: labels.paths });
      await expect(paths).toBeVisible();
      await expect(paths.getByText(`npx nubelab check ${LAB.id} --target aws`)).toBeVisible();
      const pathsTop = (await paths.boundingBox())!.y;
      const firstSection = (await page.locator('main h2').first().boundingBox())!.y;
      expect(pathsTop).toBeLessThan(firstSection);
      expect(await sidewaysOverflow(page)).toBe(0);
    });

    test('the home page has a language switch that works', async ({ page }) => {
      await page.goto(PAGES[lang].home);
      const select = page.getByRole('combobox', { name: PAGES[lang].languageSelect });
      await expect(select).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await select.selectOption({ label: labels.other.name });
      await expect(page).toHaveURL(labels.other.home);
      await expect(page.getByRole('combobox', { name: PAGES[lang === 'es' ? 'en' : 'es'].languageSelect })).toBeVisible();
    });
  });
}
