import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { freePort, removeEmulatorFiles, startEmulator, stopEmulator } from '../../checker/emulator/moto.ts';
import { ROOT } from '../../checker/paths.ts';
import { runChecks } from '../../checker/run.ts';
import type { Target } from '../../checker/aws/target.ts';
import { fundamentalsQuiz } from '../../site/course/quiz/fundamentals.ts';
import { findLab, labs } from '../../labs/index.ts';
import { LANGS } from './pages.ts';

/**
 * "Check my progress" and "My progress" in real Chromium, in both languages: the button against
 * the real local API (`nubelab api`, on the port the built site calls) and a real moto server,
 * the states a student sees without it, the progress kept in the browser, and axe on each state.
 */

// One API port is baked into the built site, so these tests run in order in one worker (the
// "without" group must run before the API starts); one failure does not skip the others.
test.describe.configure({ mode: 'default' });

const API = 'http://127.0.0.1:4322';
const SITE_ORIGIN = 'http://localhost:4327';
const LAB = findLab('s3-bucket')!;
const MAX = LAB.checks.reduce((sum, c) => sum + c.points, 0);

const TEXT = {
  es: {
    button: 'Comprobar mi progreso',
    running: `Comprobando «${LAB.title.es}»…`,
    done: (score: number) => `Comprobación terminada: ${score} de ${MAX} puntos.`,
    unreachable: `No hay respuesta de la API local de NubeLab en ${API}. Arráncala con npm start`,
    last: (score: number) => `Tu último resultado en este navegador: ${score} de ${MAX} puntos`,
    hint: 'Pista:',
    cli: 'Con la CLI:',
    graded: 'Calificado (bucket): taxis-datalake-e2e-123456789012',
    evidence: 'Evidencia',
    status: { pass: 'correcto', fail: 'falla', error: 'error', skipped: 'omitida', not_applicable: 'no aplicable' },
    progress: '/es/progress/',
    notStarted: 'sin empezar',
    inProgress: 'en curso',
    scoreValue: (score: number, max: number) => `${score} de ${max}`,
    clear: 'Borrar progreso',
    confirmTitle: '¿Borrar todo tu progreso?',
    cancel: 'Cancelar',
    confirm: 'Sí, borrar',
    cleared: 'Progreso borrado.',
    quizCheck: 'Comprobar respuesta',
    quizLast: `Tu última puntuación en este cuestionario: 1 de ${fundamentalsQuiz.questions.length}`,
  },
  en: {
    button: 'Check my progress',
    running: `Checking “${LAB.title.en}”…`,
    done: (score: number) => `Check finished: ${score} of ${MAX} points.`,
    unreachable: `NubeLab's local API does not answer at ${API}. Start it with npm start`,
    last: (score: number) => `Your last result in this browser: ${score} of ${MAX} points`,
    hint: 'Hint:',
    cli: 'With the CLI:',
    graded: 'Graded (bucket): taxis-datalake-e2e-123456789012',
    evidence: 'Evidence',
    status: { pass: 'pass', fail: 'fail', error: 'error', skipped: 'skipped', not_applicable: 'not applicable' },
    progress: '/en/progress/',
    notStarted: 'not started',
    inProgress: 'in progress',
    scoreValue: (score: number, max: number) => `${score} of ${max}`,
    clear: 'Clear progress',
    confirmTitle: 'Clear all your progress?',
    cancel: 'Cancel',
    confirm: 'Yes, clear it',
    cleared: 'Progress cleared.',
    quizCheck: 'Check answer',
    quizLast: `Your last score on this quiz: 1 of ${fundamentalsQuiz.questions.length}`,
  },
} as const;

const lessonOf = (lang: string, lab = LAB) => `/${lang}/${lab.lessons[0]}/`;

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function checkBox(page: Page) {
  const box = page.locator('[data-check-progress]');
  return { box, live: box.getByRole('status'), result: box.locator('[data-result]'), rows: box.locator('.nl-check-row'), terminal: box.locator('[data-terminal]') };
}

test.describe('without the local API', () => {
  test.beforeAll(async () => {
    // A real "API not running": nothing may listen on the port the site calls.
    const answered = await fetch(`${API}/api/labs`).then(() => true, () => false);
    if (answered) throw new Error(`Something already answers at ${API}; stop it (npm start?) before running this spec.`);
  });

  for (const lang of LANGS) {
    const t = TEXT[lang];

    test(`every lab's lesson has the button (${lang})`, async ({ page }) => {
      for (const lab of labs) {
        await page.goto(lessonOf(lang, lab));
        const box = page.locator(`[data-check-progress][data-lab="${lab.id}"]`);
        await expect(box.getByRole('button', { name: t.button })).toBeVisible();
      }
    });

    test(`the button says how to start the API, or check from a terminal, when it is not running (${lang})`, async ({ page }) => {
      await page.goto(lessonOf(lang));
      const { box, live, terminal, rows } = checkBox(page);
      await expect(terminal).toBeHidden();
      await box.getByRole('button', { name: t.button }).click();
      await expect(live).toContainText(t.unreachable);
      await expect(terminal).toBeVisible();
      await expect(terminal).toContainText('npm start');
      await expect(terminal).toContainText(`npx nubelab check ${LAB.id}`);
      await expect(rows).toHaveCount(0);
      await expect(box.getByRole('button', { name: t.button })).toBeEnabled();
      expect(await axeViolations(page), 'error state').toEqual([]);
    });

    test(`the quiz keeps its last score after a reload and on the progress page (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/fundamentals/quiz/`);
      const first = fundamentalsQuiz.questions[0]!;
      const group = page.getByRole('group', { name: first.prompt[lang] });
      const right = first.options.find((o) => o.correct)!;
      await group.getByRole('radio', { name: right.text[lang] }).check();
      await group.getByRole('button', { name: t.quizCheck }).click();
      await page.reload();
      await expect(page.locator('[data-last-score]')).toContainText(t.quizLast);
      expect(await axeViolations(page), 'quiz with its saved score').toEqual([]);
      await page.goto(t.progress);
      await expect(page.locator(`[data-quiz-row="${fundamentalsQuiz.id}"] [data-score]`)).toHaveText(t.scoreValue(1, fundamentalsQuiz.questions.length));
    });
  }

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    for (const lang of LANGS) {
      test(`the check area explains the terminal command (${lang})`, async ({ page }) => {
        await page.goto(lessonOf(lang));
        const { box, terminal } = checkBox(page);
        await expect(box.getByRole('button')).toHaveCount(0);
        await expect(terminal).toBeVisible();
        await expect(terminal).toContainText('npm start');
        await expect(terminal).toContainText(`npx nubelab check ${LAB.id}`);
      });
    }
  });
});

test.describe('with the local API', () => {
  let emulatorPort = 0;
  let target: Target;
  let api: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    emulatorPort = await freePort();
    const status = await startEmulator(emulatorPort);
    target = { kind: 'emulator', endpoint: status.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    // Half a lab: the bucket exists, the rest is up to the student. Some checks pass, some fail.
    const s3 = new S3Client({ endpoint: status.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: target.credentials });
    await s3.send(new CreateBucketCommand({ Bucket: 'taxis-datalake-e2e-123456789012' }));
    s3.destroy();
    api = spawn(process.execPath, [join(ROOT, 'bin', 'nubelab.mjs'), 'api', '--port', '4322', '--endpoint', status.endpoint, '--allow-origin', SITE_ORIGIN], { cwd: ROOT });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      api!.stdout!.on('data', (c: Buffer) => ((out += c.toString()), out.includes(API) && resolve()));
      api!.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      api!.on('exit', (code) => reject(new Error(`nubelab api exited ${code}: ${out}`)));
    });
  });

  test.afterAll(async () => {
    api?.kill('SIGTERM');
    if (emulatorPort) {
      await stopEmulator(emulatorPort, { save: false });
      await removeEmulatorFiles(emulatorPort);
    }
  });

  for (const lang of LANGS) {
    const t = TEXT[lang];

    test(`check my progress shows every check, busy and announced, and the progress page keeps it until cleared (${lang})`, async ({ page }) => {
      const expected = (await runChecks({ labs: [LAB], target })).labs[0]!;
      expect(expected.score).toBeGreaterThan(0);
      expect(expected.score).toBeLessThan(MAX);

      await page.goto(lessonOf(lang));
      const { box, live, result, rows } = checkBox(page);
      const button = box.getByRole('button', { name: t.button });
      // Hold the request until the busy state has been seen, then let it through to the real API.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(`${API}/api/check`, async (route) => {
        await held;
        await route.continue();
      });
      await button.click();
      await expect(button).toBeDisabled();
      await expect(result).toHaveAttribute('aria-busy', 'true');
      await expect(live).toHaveText(t.running);
      release();

      await expect(live).toHaveText(t.done(expected.score));
      await expect(button).toBeEnabled();
      await expect(result).toHaveAttribute('aria-busy', 'false');
      await expect(result).toContainText(String(expected.score));
      await expect(rows).toHaveCount(LAB.checks.length);
      // The report says which bucket it graded, as the terminal's header does.
      await expect(result).toContainText(t.graded);
      for (const [i, check] of expected.checks.entries()) {
        const row = rows.nth(i);
        await expect(row).toHaveAttribute('data-status', check.status);
        await expect(row).toContainText(t.status[check.status]);
        await expect(row).toContainText(check.title[lang]);
        await expect(row).toContainText(check.message[lang]);
        if (check.status === 'fail') await expect(row).toContainText(`${t.hint} ${check.hint[lang]}`);
        else await expect(row).not.toContainText(t.hint);
        // The CLI command that fixes a failure sits under the console-worded hint.
        if (check.status === 'fail') await expect(row).toContainText(`${t.cli} ${check.cli}`);
        else await expect(row).not.toContainText(t.cli);
      }
      // Evidence is collapsed until asked for.
      const evidence = rows.first().locator('details');
      await expect(evidence.locator('pre')).toBeHidden();
      await evidence.getByText(t.evidence).click();
      for (const key of Object.keys(expected.checks[0]!.evidence)) await expect(evidence.locator('pre')).toContainText(`"${key}":`);
      expect(await axeViolations(page), 'with the result shown').toEqual([]);

      // Kept in the browser: the lesson says so after a reload, and so does the progress page.
      await page.reload();
      await expect(box.locator('[data-last]')).toContainText(t.last(expected.score));
      await page.goto(`/${lang}/`);
      await expect(page.locator(`[data-map-lab="${LAB.id}"]`)).toHaveText(` (${t.inProgress}, ${t.scoreValue(expected.score, MAX)})`);
      const other = labs.find((l) => l.id !== LAB.id)!;
      await expect(page.locator(`[data-map-lab="${other.id}"]`).first()).toHaveText(` (${t.notStarted})`);
      expect(await axeViolations(page), 'course map with saved states').toEqual([]);
      await page.goto(t.progress);
      const row = page.locator(`[data-lab-row="${LAB.id}"]`);
      await expect(row.locator('[data-state]')).toHaveText(t.inProgress);
      await expect(row.locator('[data-score]')).toHaveText(t.scoreValue(expected.score, MAX));
      await expect(row.getByRole('link', { name: LAB.title[lang] })).toHaveAttribute('href', lessonOf(lang));
      for (const other of labs.filter((l) => l.id !== LAB.id)) {
        await expect(page.locator(`[data-lab-row="${other.id}"] [data-state]`)).toHaveText(t.notStarted);
      }
      expect(await axeViolations(page), 'progress page').toEqual([]);

      // Clearing asks first; cancelling keeps everything.
      await page.getByRole('button', { name: t.clear }).click();
      const dialog = page.getByRole('dialog', { name: t.confirmTitle });
      await expect(dialog).toBeVisible();
      expect(await axeViolations(page), 'confirmation dialog').toEqual([]);
      await dialog.getByRole('button', { name: t.cancel }).click();
      await expect(dialog).toBeHidden();
      await expect(row.locator('[data-state]')).toHaveText(t.inProgress);
      await page.getByRole('button', { name: t.clear }).click();
      await dialog.getByRole('button', { name: t.confirm }).click();
      await expect(page.locator('[data-my-progress] [role="status"]')).toHaveText(t.cleared);
      await expect(row.locator('[data-state]')).toHaveText(t.notStarted);
      await page.reload();
      await expect(row.locator('[data-state]')).toHaveText(t.notStarted);
    });
  }

  test('click to result takes little time (median of 7 runs, measured in the page)', async ({ page }) => {
    await page.goto(lessonOf('en'));
    const { box, rows } = checkBox(page);
    const button = box.getByRole('button', { name: TEXT.en.button });
    const measures = () => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), `nl-check-${LAB.id}`);
    for (let run = 1; run <= 7; run++) {
      await button.click();
      await expect.poll(async () => (await measures()).length).toBe(run);
      await expect(button).toBeEnabled();
    }
    await expect(rows).toHaveCount(LAB.checks.length);
    const sorted = (await measures()).sort((a, b) => a - b);
    const median = sorted[3]!;
    test.info().annotations.push({ type: 'click-to-result-ms', description: `median ${median.toFixed(0)} ms; all ${sorted.map((d) => d.toFixed(0)).join(', ')}` });
    console.log(`click to result: median ${median.toFixed(0)} ms (${sorted.map((d) => d.toFixed(0)).join(', ')})`);
    expect(median).toBeLessThan(5_000);
  });

  test.describe('dark scheme', () => {
    test.use({ colorScheme: 'dark' });
    test('the result and the progress page have no axe violations', async ({ page }) => {
      await page.goto(lessonOf('es'));
      await page.getByRole('button', { name: TEXT.es.button }).click();
      await expect(checkBox(page).rows).toHaveCount(LAB.checks.length);
      await page.locator('[data-check-progress] details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(TEXT.es.progress);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
