import { expect, test } from '@playwright/test';
import { LANGS } from './pages.ts';

/** Every course diagram is an image with a name and description, plus a full text alternative. */

const DIAGRAM_PAGES = [
  'taxi-project/project-plan/',
  'taxi-project/iam-role/',
  'aws-notes/security-groups-vs-nacls/',
  'architecture/lambda-image-resize/',
  'connecting-services/architecture-diagram/',
];
const TEXT_ALTERNATIVE = { es: 'Descripción del diagrama en texto', en: 'Text description of the diagram' } as const;

for (const path of DIAGRAM_PAGES) {
  test(`diagram on ${path} has a name, a description and a text alternative in each language`, async ({ page }) => {
    const titles: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`/${lang}/${path}`);
      const figure = page.locator('figure.nl-diagram').first();
      const image = figure.getByRole('img');
      await expect(image).toHaveAccessibleName(/\S{3,}/);
      await expect(image).toHaveAccessibleDescription(/.{40,}/);
      titles.push((await figure.locator('svg title').first().textContent()) ?? '');

      // The long text alternative opens from the keyboard and lists the picture's parts in order.
      const summary = figure.getByText(TEXT_ALTERNATIVE[lang], { exact: true });
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(figure.locator('details')).toHaveAttribute('open', '');
      expect(await figure.locator('details li').count()).toBeGreaterThanOrEqual(4);
      await expect(figure.locator('details li').first()).toBeVisible();
    }
    // The Spanish and English pictures are labelled in their own languages.
    expect(titles[0]).not.toEqual(titles[1]);
  });
}
