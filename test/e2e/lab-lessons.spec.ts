import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../checker/paths.ts';
import { findLab, labs } from '../../labs/index.ts';
import { LANGS } from './pages.ts';

/**
 * Every lab's home lesson is its bench: three tabs (console, AWS CLI, CDK) named in the page's
 * language, the CLI steps of steps.sh, the reference stack, the table of checks and a link to
 * each lab it builds on. The list comes from labs/index.ts, so a new lab is covered as soon as
 * its lesson renders <LabSteps>; until then its tests are skipped, saying why.
 */

type Strings = Record<string, string>;
const STRINGS = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(ROOT, 'site', 'content', 'i18n', `${lang}.json`), 'utf8')) as Strings]),
) as Record<(typeof LANGS)[number], Strings>;

function say(strings: Strings, key: string, values: Record<string, string> = {}): string {
  const text = strings[key];
  if (text === undefined) throw new Error(`site/content/i18n: no string "${key}".`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

/** The lesson's MDX, or undefined when the page does not exist yet. */
function lessonSource(lang: string, lesson: string): string | undefined {
  const file = join(ROOT, 'site', 'content', 'docs', lang, `${lesson}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The tab list of the lab's steps: the one whose tabs include the CDK tab. */
function labTabs(page: Page, strings: Strings) {
  return page.getByRole('tablist').filter({ has: page.getByRole('tab', { name: say(strings, 'labSteps.cdk'), exact: true }) });
}

for (const lab of labs) {
  const lesson = lab.lessons[0]!;

  for (const lang of LANGS) {
    const strings = STRINGS[lang];
    const mdx = lessonSource(lang, lesson);

    test.describe(`${lab.id} lesson (${lang})`, () => {
      test.skip(!mdx?.includes('<LabSteps lab='), `${lang}/${lesson}.mdx does not render <LabSteps> yet`);

      test.beforeEach(async ({ page }) => {
        await page.goto(`/${lang}/${lesson}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      });

      test('has the console, AWS CLI and CDK tabs, named in the page language', async ({ page }) => {
        const tabs = labTabs(page, strings);
        await expect(tabs).toHaveCount(1);
        await expect(tabs.getByRole('tab')).toHaveText([say(strings, 'labSteps.console'), say(strings, 'labSteps.cli'), say(strings, 'labSteps.cdk')]);
      });

      test('CLI tab lists every step of steps.sh, titled in the page language', async ({ page }) => {
        await labTabs(page, strings).getByRole('tab', { name: say(strings, 'labSteps.cli'), exact: true }).click();
        const steps = page.getByRole('region', { name: say(strings, 'cliSteps.label') });
        await expect(steps).toBeVisible();
        await expect(steps.getByRole('heading', { level: 3 })).toHaveText(lab.cliSteps.map((s) => s.title[lang]));
        await expect(steps.getByRole('listitem')).toHaveCount(lab.cliSteps.length);
        await expect(page.getByText(`bash labs/${lab.id}/steps.sh`, { exact: true })).toBeVisible();
      });

      test('CDK tab shows the reference stack file', async ({ page }) => {
        const cdk = say(strings, 'labSteps.cdk');
        await labTabs(page, strings).getByRole('tab', { name: cdk, exact: true }).click();
        const panel = page.getByRole('tabpanel', { name: cdk, exact: true });
        await expect(panel.getByText(`infra/lib/${lab.id}-stack.ts`, { exact: true })).toBeVisible();
        // The deploy command block itself (a lesson's own notes may mention the command too).
        await expect(panel.locator('pre').filter({ hasText: `npx nubelab deploy ${lab.id}` })).toBeVisible();
      });

      test('check table has one row per check, titled in the page language', async ({ page }) => {
        const table = page.getByRole('table', { name: say(strings, 'checkTable.caption', { lab: lab.title[lang] }), exact: true });
        // thead, tbody, tfoot: the checks are the body rows.
        const rows = table.getByRole('rowgroup').nth(1).getByRole('row');
        await expect(rows).toHaveCount(lab.checks.length);
        for (const [i, check] of lab.checks.entries()) {
          await expect(rows.nth(i).getByRole('rowheader')).toHaveText(check.id);
          await expect(rows.nth(i).getByRole('cell').first()).toHaveText(check.title[lang]);
        }
      });

      const required = (lab.requires ?? []).map((id) => findLab(id)!);
      if (required.length > 0) {
        test('links to the lessons of the labs it builds on', async ({ page }) => {
          const note = page.getByText(say(strings, 'labSteps.requires'));
          await expect(note).toBeVisible();
          for (const other of required) {
            await expect(note.getByRole('link', { name: other.title[lang], exact: true })).toHaveAttribute('href', `/${lang}/${other.lessons[0]}/`);
          }
        });
      }
    });
  }
}
