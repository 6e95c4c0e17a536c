import type { Localized } from '../../checker/core/i18n.ts';
import type { GuideId } from './guide-headings.ts';

/**
 * One heading of one of the author's guides, and where the course covers it. `page` is the lesson's
 * path under site/content/docs/<lang>/ without extension (for example 'aws-notes/vpc'); `section`
 * is the exact text of an `##`/`###` heading on that page in each language, or null when the whole
 * page is the answer (a guide's title, say).
 */
export interface CoveredHeading {
  guide: GuideId;
  heading: string;
  page: string;
  section: Localized | null;
  /** Optional: how the course's treatment differs from the guide's (for example "replaced by …"). */
  note?: Localized;
}

/** A heading the course leaves out on purpose, with the reason shown on the coverage page. */
export interface OmittedHeading {
  guide: GuideId;
  heading: string;
  omitted: Localized;
}

export type CoverageEntry = CoveredHeading | OmittedHeading;

export function isOmitted(entry: CoverageEntry): entry is OmittedHeading {
  return 'omitted' in entry;
}
