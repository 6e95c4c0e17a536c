import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The author's five guides are loosely formatted notes: besides Markdown headings they use whole
 * bold lines, questions, numbered steps ("1) crear el role") and bare title lines as headings.
 * This finds all of them, so the coverage map can be checked against the guides themselves rather
 * than against a list someone typed once and forgot to update.
 */

export const GUIDES = ['000', '001', '002', '003', '004'] as const;
export type GuideId = (typeof GUIDES)[number];

/** File names in ../shared/seeds/, which sits beside the repository (as in CI). */
export const GUIDE_FILES: Record<GuideId, string> = {
  '000': '000_fcf67adf2c971ffe.txt',
  '001': '001_7fb661a5a5e5a01a.txt',
  '002': '002_6771d950bedf5a6f.txt',
  '003': '003_12f6c93dab6d1b37.txt',
  '004': '004_5d41b4566f211860.txt',
};

export interface GuideHeading {
  /** 1-based line number in the guide, for error messages. */
  line: number;
  /** The heading's words, without Markdown markup. */
  text: string;
}

const MAX_TITLE_LINE = 60;
const MAX_QUESTION_LINE = 90;

export function readGuide(root: string, guide: GuideId): string {
  const file = join(root, '..', 'shared', 'seeds', GUIDE_FILES[guide]);
  if (!existsSync(file)) {
    throw new Error(`Guide ${guide} not found at ${file}: the course tests read the author's guides from ../shared/seeds/, beside the repository (as CI provides them).`);
  }
  return readFileSync(file, 'utf8');
}

/** Strips bold, italics and stray asterisks, and collapses whitespace. */
function plain(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

function atxHeading(line: string): string | undefined {
  return /^#{1,6}\s+(.+)$/.exec(line)?.[1];
}

/** `**Whole line in bold**`, optionally numbered (`1. **Crea un rol de IAM:**`). */
function boldLine(line: string): string | undefined {
  const text = /^(?:\d+\.\s+)?\*\*([^*]+)\*\*:?$/.exec(line.trim())?.[1];
  // A bold sentence ending in a full stop is emphasis, not a heading.
  return text !== undefined && !text.trim().endsWith('.') ? text : undefined;
}

/** A defined term opening a line: `**Users**: IAM users ...` or `Subnets :- A subnet is ...`. */
function definedTerm(line: string): string | undefined {
  return (/^\*\*([^*]{2,40})\*\*:\s/.exec(line) ?? /^\**([A-Z][^:*]{1,50}?)\**\s*:-/.exec(line))?.[1];
}

function question(line: string): string | undefined {
  const t = line.trim();
  return t.length <= MAX_QUESTION_LINE && /^[¿A-Z*].*\?\**$/.test(t) ? t : undefined;
}

/** `1) crear el role ...`: the guides' numbered walkthrough steps. */
function numberedStep(line: string): string | undefined {
  return /^\d\)\s+\S.*$/.exec(line.trim())?.[0];
}

/** A short line of plain words with no closing punctuation, like "Multipart uploads". */
function titleLine(line: string): string | undefined {
  if (line !== line.trimStart() || line.length > MAX_TITLE_LINE) return undefined;
  const t = line.trim();
  if (!/^[A-ZÁÉÍÓÚÑ¿]/.test(t) || /[.:;,!]["”]?$/.test(t) || /[|<>[\]`:*]/.test(t)) return undefined;
  return t;
}

export function extractHeadings(source: string): GuideHeading[] {
  const headings: GuideHeading[] = [];
  const lines = source.split(/\r?\n/);
  let inFence = false;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (line.includes('<!--')) inComment = true;
    if (inFence || inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    // A bold heading split over two lines: "**AWS Continuous Integration Demo" / "Set Up GitHub Repository**".
    const next = lines[i + 1] ?? '';
    if (/^\*\*[^*]+$/.test(line) && /^[^*]+\*\*$/.test(next.trim()) && next.length <= MAX_TITLE_LINE) {
      headings.push({ line: i + 1, text: plain(line) }, { line: i + 2, text: plain(next) });
      i++;
      continue;
    }
    const found = atxHeading(line) ?? boldLine(line) ?? definedTerm(line) ?? question(line) ?? numberedStep(line) ?? titleLine(line);
    if (found !== undefined && /\p{L}/u.test(found)) headings.push({ line: i + 1, text: plain(found) });
  }
  return headings;
}

const SPANISH_MARKERS =
  /[¿¡áéíóúñ]|\b(de|del|la|el|los|las|un|una|para|crear|en|y|con|por|que|como|servicio|servicios|pasos|puntos|flujo|configurar|diagrama|verificar|asociar|básicos)\b/i;

/**
 * The guides mix Spanish and English headings. Screen readers need to know which is which, so the
 * coverage page marks each heading's language; a handful of Spanish function words tells them apart.
 */
export function headingLang(text: string): 'es' | 'en' {
  return SPANISH_MARKERS.test(text) ? 'es' : 'en';
}
