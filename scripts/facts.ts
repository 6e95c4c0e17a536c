// Lists the course's dated and priced claims (site/course/facts.ts) that are past their review-by
// date, each with its sources, so a maintainer can re-verify them in one sitting; then update
// `verified` and `reviewBy` (or the lessons) and commit.
//
// Usage: npm run facts [-- --all] [--lang es|en] [--today YYYY-MM-DD]
//   --all    every claim, not only the overdue ones
//   --lang   language of the listing (default: from NUBELAB_LANG / LANG, Spanish otherwise)
//   --today  pretend today is another day (to see what falls due later)
import { parseArgs } from 'node:util';
import { isLang, langFromEnv, type Lang } from '../checker/core/i18n.ts';
import { FACTS, dueForReview, type Fact } from '../site/course/facts.ts';
import { formatWhen, isIsoDay } from '../site/course/fact-dates.ts';

const UI: Record<Lang, Record<string, string>> = {
  es: {
    due: '%n afirmaciones con la revisión vencida (de %t registradas) a %d:',
    none: 'Ninguna de las %t afirmaciones registradas tiene la revisión vencida a %d. La próxima vence el %r (%i).',
    all: 'Las %t afirmaciones registradas, por fecha de revisión:',
    overdue: 'vencida hace %n días',
    left: 'faltan %n días',
    reviewBy: 'revisar antes del',
    verified: 'verificada el',
    when: 'fecha',
    pages: 'lecciones',
    sources: 'fuentes',
    note: 'nota',
    after: 'Tras comprobarlas: corrige las lecciones si algo cambió y actualiza `verified` y `reviewBy` en site/course/facts.ts.',
    badLang: '--lang debe ser es o en.',
    badToday: '--today debe ser una fecha AAAA-MM-DD.',
  },
  en: {
    due: '%n claims past their review-by date (of %t recorded) as of %d:',
    none: 'None of the %t recorded claims is past its review-by date as of %d. The next one falls due on %r (%i).',
    all: 'All %t recorded claims, by review-by date:',
    overdue: 'overdue by %n days',
    left: '%n days left',
    reviewBy: 'review by',
    verified: 'verified on',
    when: 'date',
    pages: 'lessons',
    sources: 'sources',
    note: 'note',
    after: 'Once checked: fix the lessons if anything changed and update `verified` and `reviewBy` in site/course/facts.ts.',
    badLang: '--lang must be es or en.',
    badToday: '--today must be a YYYY-MM-DD date.',
  },
};

const { values } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    lang: { type: 'string' },
    today: { type: 'string' },
  },
});

const lang: Lang = values.lang === undefined ? langFromEnv() : isLang(values.lang) ? values.lang : fail(UI.en.badLang!);
const t = UI[lang];
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!isIsoDay(today)) fail(t.badToday!);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/%(\w)/g, (_, k: string) => String(vars[k] ?? `%${k}`));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function describe(f: Fact): string {
  const days = daysBetween(today, f.reviewBy);
  const status = days < 0 ? fill(t.overdue!, { n: -days }) : fill(t.left!, { n: days });
  const lines = [
    `● ${f.id} [${f.kind}] — ${t.reviewBy} ${f.reviewBy} (${status}); ${t.verified} ${f.verified}`,
    `  ${f.text[lang]}`,
  ];
  if (f.when) lines.push(`  ${t.when}: ${formatWhen(f.when, lang)}`);
  lines.push(`  ${t.pages}: ${f.pages.join(', ')}`);
  lines.push(`  ${t.sources}:`, ...f.sources.map((s) => `    - ${s}`));
  if (f.note) lines.push(`  ${t.note}: ${f.note[lang]}`);
  return lines.join('\n');
}

const listed = values.all ? [...FACTS].sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.id.localeCompare(b.id)) : dueForReview(FACTS, today);

if (values.all) {
  console.log(fill(t.all!, { t: FACTS.length }));
} else if (listed.length === 0) {
  const next = [...FACTS].sort((a, b) => a.reviewBy.localeCompare(b.reviewBy))[0]!;
  console.log(fill(t.none!, { t: FACTS.length, d: today, r: next.reviewBy, i: next.id }));
} else {
  console.log(fill(t.due!, { n: listed.length, t: FACTS.length, d: today }));
}
for (const f of listed) console.log(`\n${describe(f)}`);
if (listed.length > 0 && !values.all) console.log(`\n${t.after}`);
