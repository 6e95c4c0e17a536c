/**
 * Line wrapping for diagram labels. SVG text does not wrap by itself and the build cannot measure
 * glyphs, so widths are estimated from a generous average glyph width: a label that this says
 * fits leaves room for wider system fonts too. A label that cannot fit fails the build instead of
 * spilling out of its box in one language only.
 */

/** Average glyph width as a share of the font size; on the wide side of common sans-serif fonts. */
const GLYPH = { regular: 0.58, bold: 0.63 } as const;
export type Weight = keyof typeof GLYPH;

/** Glyphs about half as wide as an average lowercase one, and the two widest lowercase ones. */
const NARROW = new Set([' ', '.', ',', ':', 'i', 'l', 'j', "'", '·', '|']);
const WIDE = new Set(['m', 'w']);

/** Estimated rendered width of a line, in the same units as the font size. */
export function textWidth(line: string, fontSize: number, weight: Weight = 'regular'): number {
  let units = 0;
  for (const ch of line) {
    if (NARROW.has(ch)) units += 0.55;
    else if (ch >= 'A' && ch <= 'Z') units += 1.2;
    else if (WIDE.has(ch)) units += 1.5;
    else units += 1;
  }
  return units * GLYPH[weight] * fontSize;
}

/**
 * Splits text into lines no wider than maxWidth. A newline in the text forces a break; words are
 * never cut, so a single word wider than maxWidth is an error (with the word in the message).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (textWidth(word, fontSize, weight) > maxWidth) {
        throw new Error(`Diagram label word '${word}' is wider than its box (${Math.round(maxWidth)} units at ${fontSize}px).`);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize, weight) <= maxWidth) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}
