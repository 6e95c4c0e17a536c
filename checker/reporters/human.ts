import { styleText } from 'node:util';
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../core/i18n.ts';
import type { Finding, GradedResource, Status } from '../core/types.ts';
import type { Reporter } from './reporter.ts';

const MARKS: Record<Status, string> = { pass: '✓', fail: '✗', error: '!', skipped: '○', not_applicable: '–' };
const COLORS: Record<Status, 'green' | 'red' | 'yellow' | 'gray'> = { pass: 'green', fail: 'red', error: 'yellow', skipped: 'gray', not_applicable: 'gray' };

function evidenceLines(finding: Finding): string[] {
  // null is how evidence says "not configured"; a dash reads the same in both languages.
  const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  return Object.entries(finding.evidence).flatMap(([key, value]) =>
    // A list of records (e.g. each request a policy wrongly allows) reads better one per line.
    Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === 'object' && v !== null)
      ? [`        ${key}:`, ...value.map((item) => `          - ${show(item)}`)]
      : [`        ${key}: ${show(value)}`]);
}

/** Which resource each part of the lab graded, marked when it is the reference solution, then what else matched. */
function gradedLines(graded: readonly GradedResource[], lang: Lang): string[] {
  const m = MESSAGES[lang];
  return graded.flatMap((g) => [
    m.graded(g.kind[lang], g.reference ? `${g.name} (${m.reference})` : g.name),
    ...(g.others.length ? [`  ${m.others(g.others.join(', '))}`] : []),
  ]);
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
  // Said once for the whole run: the rows below only say which checks it hit.
  if (result.problem) lines.push(paint('yellow', `! ${result.problem[lang]}`), '');
  for (const lab of result.labs) {
    lines.push(paint('bold', `${lab.lab} — ${lab.title[lang]}`), paint('dim', where), ...gradedLines(lab.graded, lang), '');
    for (const f of lab.checks) {
      const mark = paint(COLORS[f.status], MARKS[f.status]);
      lines.push(`  ${mark} ${f.title[lang]}  ${paint('dim', `[${f.points}/${f.maxPoints}] ${f.id}`)}`);
      if (f.status === 'pass') continue;
      // A skipped check is one line: the prerequisite's own row already says what to do.
      if (f.status === 'skipped') {
        lines.push(`      ${paint('dim', f.message[lang])}`);
        continue;
      }
      lines.push(`      ${m.statusWord[f.status]}: ${f.message[lang]}`);
      // An error is the target's problem, not the learner's: the lab's hint would send them the wrong way.
      if (f.status === 'fail') lines.push(`      ${paint('cyan', m.hint)}: ${f.hint[lang]}`);
      if (f.status === 'fail' && f.cli) lines.push(`      ${paint('cyan', m.cliFix)}: ${f.cli}`);
      lines.push(`      ${paint('dim', `${m.evidence}:`)}`, ...evidenceLines(f).map((l) => paint('dim', l)));
    }
    lines.push('', paint('bold', `${m.score}: ${lab.score}/${lab.maxScore}`), '');
  }
  if (result.labs.length > 1) lines.push(paint('bold', `${m.score}: ${result.score}/${result.maxScore}`), '');
  return lines.join('\n');
};
