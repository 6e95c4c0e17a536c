import type { Localized } from '../../checker/core/i18n.ts';

/** A multiple-choice question: exactly one option is right, and every option explains itself. */
export interface QuizQuestion {
  /** Stable, English, kebab-case; used for element ids. */
  id: string;
  prompt: Localized;
  options: QuizOption[];
}

export interface QuizOption {
  id: string;
  text: Localized;
  correct: boolean;
  /** Shown after the learner checks this option: why it is right, or why it is not. */
  feedback: Localized;
}

export interface QuizDefinition {
  id: string;
  title: Localized;
  questions: QuizQuestion[];
}
