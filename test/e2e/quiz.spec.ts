import { expect, test, type Page } from '@playwright/test';
import { fundamentalsQuiz } from '../../site/course/quiz/fundamentals.ts';
import { LANGS } from './pages.ts';

/** The fundamentals quiz, answered with the keyboard only, in each language. */

const TEXT = {
  es: {
    check: 'Comprobar respuesta',
    correct: (option: string) => `¡Correcto! «${option}» es la respuesta.`,
    incorrect: (option: string) => `«${option}» no es la respuesta.`,
    tryAgain: 'Prueba con otra opción.',
    chooseFirst: 'Elige una opción antes de comprobar.',
    score: 'Llevas 1 de',
  },
  en: {
    check: 'Check answer',
    correct: (option: string) => `Correct: “${option}” is the answer.`,
    incorrect: (option: string) => `“${option}” is not the answer.`,
    tryAgain: 'Try another option.',
    chooseFirst: 'Choose an option before checking.',
    score: 'You have 1 of',
  },
} as const;

/** Selects option `index` of a radio group from the keyboard: focus lands on the first, Space checks it, arrows move. */
async function chooseWithKeyboard(page: Page, group: ReturnType<Page['getByRole']>, index: number) {
  await group.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

for (const lang of LANGS) {
  test(`quiz works with the keyboard alone (${lang})`, async ({ page }) => {
    const t = TEXT[lang];
    await page.goto(`/${lang}/fundamentals/quiz/`);
    const [first, second] = fundamentalsQuiz.questions;
    const firstGroup = page.getByRole('group', { name: first!.prompt[lang] });
    const secondGroup = page.getByRole('group', { name: second!.prompt[lang] });

    // Checking before choosing asks for a choice.
    await firstGroup.getByRole('button', { name: t.check }).focus();
    await page.keyboard.press('Enter');
    await expect(firstGroup.getByRole('status')).toHaveText(t.chooseFirst);

    // The right answer, chosen with Space and arrows, confirmed with Tab and Enter.
    const right = first!.options.findIndex((o) => o.correct);
    await chooseWithKeyboard(page, firstGroup, right);
    await expect(firstGroup.getByRole('radio', { name: first!.options[right]!.text[lang] })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(firstGroup.getByRole('button', { name: t.check })).toBeFocused();
    await page.keyboard.press('Enter');
    const rightOption = first!.options[right]!;
    await expect(firstGroup.getByRole('status')).toHaveText(`${t.correct(rightOption.text[lang])} ${rightOption.feedback[lang]}`);

    // A wrong answer gets that option's own explanation, activated with Space this time.
    const wrong = second!.options.findIndex((o) => !o.correct);
    await chooseWithKeyboard(page, secondGroup, wrong);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const wrongOption = second!.options[wrong]!;
    await expect(secondGroup.getByRole('status')).toHaveText(`${t.incorrect(wrongOption.text[lang])} ${wrongOption.feedback[lang]} ${t.tryAgain}`);

    await expect(page.locator('[data-score-out]')).toContainText(`${t.score} ${fundamentalsQuiz.questions.length}`);
  });
}
