/**
 * The learner's progress, kept in this browser only (no account, no server): each lab's last
 * check and each quiz's last score. One versioned localStorage entry; anything unreadable counts
 * as no progress rather than breaking the page.
 */
export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped' | 'not_applicable';
export type LabState = 'not_started' | 'in_progress' | 'done';

export interface LabProgress {
  lab: string;
  score: number;
  max: number;
  /** ISO 8601, when the check ran. */
  date: string;
  statuses: Record<string, CheckStatus>;
}

export interface QuizProgress {
  quiz: string;
  correct: number;
  total: number;
  date: string;
}

interface SavedProgress {
  version: 1;
  labs: Record<string, LabProgress>;
  quizzes: Record<string, QuizProgress>;
}

export const PROGRESS_KEY = 'nubelab.progress.v1';

function empty(): SavedProgress {
  return { version: 1, labs: {}, quizzes: {} };
}

export function loadProgress(): SavedProgress {
  try {
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as SavedProgress | null;
    return saved?.version === 1 ? { ...empty(), ...saved } : empty();
  } catch {
    return empty();
  }
}

function store(progress: SavedProgress) {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled (private mode): the result is still on screen, just not kept.
  }
}

export function saveLabResult(result: LabProgress) {
  const progress = loadProgress();
  progress.labs[result.lab] = result;
  store(progress);
}

export function saveQuizScore(score: QuizProgress) {
  const progress = loadProgress();
  progress.quizzes[score.quiz] = score;
  store(progress);
}

export function clearProgress() {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    /* nothing was kept */
  }
}

/** Done means every point earned; any saved result short of that is work in progress. */
export function labState(saved: LabProgress | undefined): LabState {
  if (!saved) return 'not_started';
  return saved.score >= saved.max ? 'done' : 'in_progress';
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Fills `{name}` placeholders of a UI string the page rendered with Astro's t(). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
