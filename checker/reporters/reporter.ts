import type { Lang } from '../core/i18n.ts';
import type { RunResult } from '../core/types.ts';

export interface ReportOptions {
  lang: Lang;
  color: boolean;
}

/** A reporter turns results into text; it never writes or decides the exit code. */
export type Reporter = (result: RunResult, options: ReportOptions) => string;
