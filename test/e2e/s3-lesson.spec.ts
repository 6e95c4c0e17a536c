import { expect, test } from '@playwright/test';
import { findLab } from '../../labs/index.ts';
import { LANGS, PAGES } from './pages.ts';

const lab = findLab('s3-bucket')!;

for (const lang of LANGS) {
  const page$ = PAGES[lang];

  test.describe(`S3 lesson (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(page$.lesson);
    });

    test('shows its title in the page language', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(page$.lessonTitle);
    });

    test('check table has one row per check, in the page language', async ({ page }) => {
      const table = page.getByRole('table', { name: page$.checkTableName });
      // thead, tbody, tfoot: the checks are the body rows.
      const rows = table.getByRole('rowgroup').nth(1).getByRole('row');
      await expect(rows).toHaveCount(lab.checks.length);
      await expect(rows).toHaveCount(8);
      for (const [i, check] of lab.checks.entries()) {
        await expect(rows.nth(i).getByRole('rowheader')).toHaveText(check.id);
        await expect(rows.nth(i)).toContainText(check.title[lang]);
      }
    });

    test('CLI tab shows every step of steps.sh with its code', async ({ page }) => {
      await page.getByRole('tab', { name: page$.cliTab }).click();
      const steps = page.getByRole('region', { name: page$.cliStepsName });
      await expect(steps).toBeVisible();
      await expect(steps.getByRole('heading', { level: 3 })).toHaveText(lab.cliSteps.map((s) => s.title[lang]));
      await expect(steps.getByRole('listitem')).toHaveCount(lab.cliSteps.length);
      await expect(steps.getByText('aws s3api create-bucket').first()).toBeVisible();
    });
  });
}
