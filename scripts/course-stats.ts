// Prints the course's size per language and section: pages, and words of prose (front matter,
// imports and code blocks left out). Usage: npm run course:stats
import { readFileSync } from 'node:fs';
import { ROOT } from '../checker/paths.ts';
import { LANGS } from '../checker/core/i18n.ts';
import { lessonFile, lessonPaths, proseOf } from '../site/course/lessons.ts';
import { words } from '../site/course/word-runs.ts';

const rows: string[][] = [['language', 'section', 'pages', 'words']];
for (const lang of LANGS) {
  const bySection = new Map<string, { pages: number; words: number }>();
  for (const page of lessonPaths(ROOT, lang)) {
    const section = page.includes('/') ? page.split('/')[0]! : '(top level)';
    const count = words(proseOf(readFileSync(lessonFile(ROOT, lang, page)!, 'utf8'))).length;
    const sum = bySection.get(section) ?? { pages: 0, words: 0 };
    bySection.set(section, { pages: sum.pages + 1, words: sum.words + count });
  }
  let pages = 0;
  let total = 0;
  for (const [section, sum] of bySection) {
    rows.push([lang, section, String(sum.pages), String(sum.words)]);
    pages += sum.pages;
    total += sum.words;
  }
  rows.push([lang, 'TOTAL', String(pages), String(total)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
