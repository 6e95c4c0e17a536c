import { slug } from 'github-slugger';
import type { LabCleanup } from '../../labs/shared/cleanup.ts';

/**
 * Each lab's clean-up list (labs/<id>/cleanup.ts), found by file name so a lab adds its own
 * without touching a shared index. A lab without one gets no generated section.
 */
const modules = import.meta.glob<{ cleanup: LabCleanup }>('../../labs/*/cleanup.ts', { eager: true });

export function cleanupOf(labId: string): LabCleanup | undefined {
  return modules[`../../labs/${labId}/cleanup.ts`]?.cleanup;
}

/** The anchor of the lesson's clean-up heading ("Limpieza en AWS" → limpieza-en-aws), as Starlight makes it. */
export function cleanupAnchor(heading: string): string {
  return slug(heading);
}

/** Splits `inline code` out of a sentence, so data strings can mark names without carrying HTML. */
export function codeRuns(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((run) => run.text !== '');
}
