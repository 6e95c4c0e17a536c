import { GUIDES, readGuide } from './guide-headings.ts';
import { proseOf } from './lessons.ts';
import { sharedRuns, wordRuns } from './word-runs.ts';

/**
 * "Written anew, not copied": no run of COPY_RUN consecutive words of a guide's prose may appear in
 * the course's own text. Code blocks are left out, since a command is a command.
 */
export const COPY_RUN = 8;

/** Every COPY_RUN-word run of the five guides' prose. */
export function guideRuns(root: string): Set<string> {
  return new Set(GUIDES.flatMap((g) => [...wordRuns(proseOf(readGuide(root, g)), COPY_RUN)]));
}

/** The runs of `text` that a guide also has, in order of appearance. */
export function copiedFromGuides(text: string, runs: Set<string>): string[] {
  return sharedRuns(text, runs, COPY_RUN);
}
