import type { Localized } from './i18n.ts';
import type { AccountReaders } from '../aws/readers.ts';

export type Status = 'pass' | 'fail' | 'error' | 'not_applicable';

/** Plain, language-neutral data that shows what a check looked for and what it found. */
export type Evidence = Record<string, unknown>;

/** What a check's `run` returns. */
export interface Outcome {
  status: Status;
  message: Localized;
  evidence: Evidence;
}

/** Settings a learner or grader chose for this run (region, learner name …). */
export interface LabSettings {
  region: string;
}

/** What a check receives: lazy, memoised, read-only views of the account, plus the run's settings. */
export interface CheckContext extends AccountReaders {
  settings: LabSettings;
  /** Memoises lab-level derived data (e.g. "the graded bucket") across the checks of one run. */
  derive<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface CheckDefinition {
  /** `<service>_<resource>_<state>`; equals the file name. */
  id: string;
  points: number;
  title: Localized;
  hint: Localized;
  run(ctx: CheckContext): Promise<Outcome>;
}

/** One section of a lab's `steps.sh`, marked in the script by a `# @step <id>` line. */
export interface CliStep {
  id: string;
  title: Localized;
  description: Localized;
}

export interface LabDefinition {
  /** kebab-case; ties together the lesson, the checks, the stack and the tests. */
  id: string;
  order: number;
  /** The seed guide(s) this lab comes from. */
  guides: string[];
  services: string[];
  title: Localized;
  summary: Localized;
  /** Path of the lesson page inside each language's docs tree, without extension. */
  lesson: string;
  checks: CheckDefinition[];
  /** The sections of `labs/<id>/steps.sh`, in order; the lesson shows them with these captions. */
  cliSteps: CliStep[];
}

/** One evaluated check, as reporters and the JSON contract see it. */
export interface Finding {
  id: string;
  status: Status;
  /** Points earned. */
  points: number;
  maxPoints: number;
  title: Localized;
  message: Localized;
  hint: Localized;
  evidence: Evidence;
}

export interface LabResult {
  lab: string;
  title: Localized;
  score: number;
  maxScore: number;
  checks: Finding[];
}

export interface RunResult {
  target: string;
  endpoint?: string;
  region: string;
  account?: string;
  score: number;
  maxScore: number;
  labs: LabResult[];
}
