import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

test('language select on the Spanish lesson leads to its English twin and back', async ({ page }) => {
  await page.goto(PAGES.es.lesson);

  await page.getByRole('combobox', { name: PAGES.es.languageSelect }).selectOption({ label: 'English' });
  await expect(page).toHaveURL(PAGES.en.lesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAGES.en.lessonTitle);

  await page.getByRole('combobox', { name: PAGES.en.languageSelect }).selectOption({ label: 'Español' });
  await expect(page).toHaveURL(PAGES.es.lesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAGES.es.lessonTitle);
});
