import type { Lang, Localized } from '../../checker/core/i18n.ts';

/**
 * What a learner deletes from a real AWS account after a lab, in the order that works (a role
 * before its instance profile is gone fails, a versioned bucket must be emptied of every version).
 * The lesson's "Clean up on AWS" section is rendered from this (site/components/CleanUp.astro),
 * so the list lives next to the lab it undoes, in both languages.
 */
export interface CleanupItem {
  /** The resource's name as the lesson has it (shown as code). */
  resource: string;
  /** What it is, in a few words. */
  what: Localized;
  /** Where to delete it in the console. */
  console: Localized;
  /** Set when the resource is billed while it exists: what it costs money for. */
  cost?: Localized;
}

export interface LabCleanup {
  /** In deletion order. */
  items: CleanupItem[];
  /**
   * The same with the AWS CLI, in the same order: a self-contained script that first finds the
   * names and ids it needs (so it also works in a new terminal), then deletes. A function of the
   * page's language because its comments are for the learner to read.
   */
  cli: (lang: Lang) => string;
  /** Anything worth keeping, or a caveat for this lab (optional). */
  note?: Localized;
}

/** Picks the comment for the page's language inside a `cli` script. */
export const inLang = (lang: Lang) => (es: string, en: string) => (lang === 'es' ? es : en);
