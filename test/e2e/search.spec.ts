import { expect, test } from '@playwright/test';
import { LANGS, PAGES } from './pages.ts';

for (const lang of LANGS) {
  const page$ = PAGES[lang];

  test(`search finds the S3 lesson in ${lang} and links to the ${lang} page`, async ({ page }) => {
    await page.goto(page$.home);
    await page.getByRole('button', { name: page$.searchLabel }).click();

    const dialog = page.getByRole('dialog', { name: page$.searchLabel });
    // Pagefind's field is a plain text input inside a role="search" form, named by its title.
    await dialog.getByRole('search').getByRole('textbox', { name: page$.searchLabel }).fill(page$.searchTerm);

    const result = dialog.getByRole('link', { name: page$.lessonTitle, exact: true }).first();
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('href', new RegExp(`^${page$.lesson}`));
  });
}
