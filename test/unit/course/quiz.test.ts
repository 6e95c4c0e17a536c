import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../checker/paths.ts';
import type { QuizDefinition } from '../../../site/course/quiz-types.ts';

/**
 * Every quiz under site/course/quiz/: the right answer must not sit in the same place most of the
 * time (a learner would learn the pattern, not the content), and an option's explanation must not
 * repeat the verdict the page already prints before it ("Correct! …", "… is not the answer.").
 */
const QUIZ_DIR = join(ROOT, 'site', 'course', 'quiz');
const quizzes: QuizDefinition[] = [];
for (const file of readdirSync(QUIZ_DIR).filter((f) => f.endsWith('.ts'))) {
  const module = (await import(join(QUIZ_DIR, file))) as Record<string, unknown>;
  for (const value of Object.values(module)) if (isQuiz(value)) quizzes.push(value);
}

function isQuiz(value: unknown): value is QuizDefinition {
  return typeof value === 'object' && value !== null && 'questions' in value && Array.isArray((value as QuizDefinition).questions);
}

/** How many questions have their right answer at each position (0 = first option). */
export function correctPositionCounts(quiz: QuizDefinition): Map<number, number> {
  const counts = new Map<number, number>();
  for (const question of quiz.questions) {
    const position = question.options.findIndex((option) => option.correct);
    counts.set(position, (counts.get(position) ?? 0) + 1);
  }
  return counts;
}

const VERDICT_OPENINGS = /^(correcto|incorrecto|right|wrong|correct|no|not quite|no del todo|no es buena opción|not a good choice)\b[.!:,]/i;

describe('quizzes', () => {
  it('finds the quiz data', () => {
    expect(quizzes.map((q) => q.id)).toContain('fundamentals');
  });

  for (const quiz of quizzes) {
    it(`${quiz.id}: no position holds the right answer in more than half of the questions`, () => {
      const counts = correctPositionCounts(quiz);
      const busiest = Math.max(...counts.values());
      expect(busiest, `right answers by position: ${JSON.stringify([...counts].sort())}`).toBeLessThanOrEqual(quiz.questions.length / 2);
    });

    it(`${quiz.id}: the right answer is not always first or always last`, () => {
      const positions = quiz.questions.map((q) => q.options.findIndex((o) => o.correct));
      expect(positions.some((p) => p !== 0)).toBe(true);
      expect(quiz.questions.some((q, i) => positions[i] !== q.options.length - 1)).toBe(true);
    });

    it(`${quiz.id}: explanations do not open with a verdict the page already gives`, () => {
      const repeating = quiz.questions.flatMap((q) =>
        q.options.flatMap((o) => (['es', 'en'] as const).filter((lang) => VERDICT_OPENINGS.test(o.feedback[lang])).map((lang) => `${q.id}/${o.id} (${lang}): ${o.feedback[lang]}`)),
      );
      expect(repeating).toEqual([]);
    });

    it(`${quiz.id}: every option's explanation is its own (no two alike in a question)`, () => {
      for (const q of quiz.questions) {
        for (const lang of ['es', 'en'] as const) {
          const texts = q.options.map((o) => o.feedback[lang]);
          expect(new Set(texts).size, `${q.id} (${lang})`).toBe(texts.length);
        }
      }
    });
  }
});

describe('correctPositionCounts catches an unbalanced quiz', () => {
  it('counts six of eight right answers first as six at position 0', () => {
    const option = (correct: boolean) => ({ id: String(correct), text: { es: 'x', en: 'x' }, correct, feedback: { es: 'x', en: 'x' } });
    const question = (first: boolean) => ({ id: 'q', prompt: { es: 'q', en: 'q' }, options: first ? [option(true), option(false)] : [option(false), option(true)] });
    const quiz: QuizDefinition = { id: 'x', title: { es: 'x', en: 'x' }, questions: [true, true, true, true, true, true, false, false].map(question) };
    expect(correctPositionCounts(quiz).get(0)).toBe(6);
    expect(Math.max(...correctPositionCounts(quiz).values())).toBeGreaterThan(quiz.questions.length / 2);
  });
});
