import { styleText } from 'node:util';
import { MESSAGES } from '../messages.ts';
import type { Finding, Status } from '../core/types.ts';
import type { Reporter } from './reporter.ts';

const MARKS: Record<Status, string> = { pass: '✓', fail: '✗', error: '!', not_applicable: '–' };
const COLORS: Record<Status, 'green' | 'red' | 'yellow' | 'gray'> = { pass: 'green', fail: 'red', error: 'yellow', not_applicable: 'gray' };

function evidenceLines(finding: Finding): string[] {
  // null is how evidence says "not configured"; a dash reads the same in both languages.
  const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  return Object.entries(finding.evidence).flatMap(([key, value]) =>
    // A list of records (e.g. each request a policy wrongly allows) reads better one per line.
    Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === 'object' && v !== null)
      ? [`        ${key}:`, ...value.map((item) => `          - ${show(item)}`)]
      : [`        ${key}: ${show(value)}`]);
}

/** One line per check with a mark and its points; message, hint and evidence under anything that did not pass. */
export const humanReporter: Reporter = (result, { lang, color }) => {
  const m = MESSAGES[lang];
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  const lines: string[] = [];
  const where = [
    `${m.target}: ${result.target}${result.endpoint ? ` (${result.endpoint})` : ''}`,
    `${m.region}: ${result.region}`,
    ...(result.account ? [`${m.account}: ${result.account}`] : []),
  ].join(' · ');
  for (const lab of result.labs) {
    lines.push(paint('bold', `${lab.lab} — ${lab.title[lang]}`), paint('dim', where), '');
    for (const f of lab.checks) {
      const mark = paint(COLORS[f.status], MARKS[f.status]);
      lines.push(`  ${mark} ${f.title[lang]}  ${paint('dim', `[${f.points}/${f.maxPoints}] ${f.id}`)}`);
      if (f.status === 'pass') continue;
      lines.push(`      ${m.statusWord[f.status]}: ${f.message[lang]}`);
      // A check skipped for an unmet prerequisite has nothing to add: the prerequisite's own hint says what to do.
      if (f.evidence.skipped === true) continue;
      lines.push(`      ${paint('cyan', m.hint)}: ${f.hint[lang]}`);
      lines.push(`      ${paint('dim', `${m.evidence}:`)}`, ...evidenceLines(f).map((l) => paint('dim', l)));
    }
    lines.push('', paint('bold', `${m.score}: ${lab.score}/${lab.maxScore}`), '');
  }
  if (result.labs.length > 1) lines.push(paint('bold', `${m.score}: ${result.score}/${result.maxScore}`), '');
  return lines.join('\n');
};
