import type { GuideId } from './guide-headings.ts';

/**
 * The course's five sections, in course order, and the guide each one grows from. The folder name
 * is the section's path under site/content/docs/<lang>/ and its key in the UI strings (sidebar.*).
 */
export const SECTIONS = [
  { dir: 'fundamentals', guide: '002' },
  { dir: 'aws-notes', guide: '003' },
  { dir: 'taxi-project', guide: '000' },
  { dir: 'architecture', guide: '001' },
  { dir: 'connecting-services', guide: '004' },
] as const satisfies readonly { dir: string; guide: GuideId }[];

export type SectionDir = (typeof SECTIONS)[number]['dir'];
