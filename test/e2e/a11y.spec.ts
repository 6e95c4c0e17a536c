import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { labs } from '../../labs/index.ts';
import { COURSE_SAMPLE_PAGES, LANGS, PAGES } from './pages.ts';

/** Starlight follows the system colour scheme, so both themes must pass (badges, tables, code). */
const SCHEMES = ['light', 'dark'] as const;

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  // Only the parts that help someone fix a failure: rule, impact and the offending elements.
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

for (const lang of LANGS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`accessibility (${lang}, ${colorScheme})`, () => {
      test.use({ colorScheme });

      test('home page has no axe violations', async ({ page }) => {
        await page.goto(PAGES[lang].home);
        expect(await violations(page)).toEqual([]);
      });

      for (const path of COURSE_SAMPLE_PAGES) {
        test(`${path} has no axe violations`, async ({ page }) => {
          await page.goto(`/${lang}/${path}`);
          // Open every disclosure in the lesson (the diagrams' text alternatives) so axe sees them too.
          await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(await violations(page)).toEqual([]);
        });
      }

      // Every lab's home lesson: the steps tabs and the check section are the lab bench.
      for (const lab of labs) {
        test(`${lab.id} lesson has no axe violations in any tab`, async ({ page }) => {
          await page.goto(`/${lang}/${lab.lessons[0]}/`);
          expect(await violations(page)).toEqual([]);
          // The CLI and CDK tabs hold code blocks that axe only sees once they are shown.
          for (const tab of ['AWS CLI', 'CDK']) {
            // Tab groups share syncKey="method": choosing it in the first switches every group on the page.
            await page.getByRole('tab', { name: tab }).first().click();
            expect(await violations(page), `with the ${tab} tab open`).toEqual([]);
          }
        });
      }
    });
  }
}
