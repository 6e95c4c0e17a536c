import { fill, formatDate, loadProgress, saveLabResult, type CheckStatus, type LabProgress } from './progress-store.ts';
import { pluralCategory, type PluralCategory } from './plural.ts';

/** The page's "check my progress" box: one POST to the local API, the report drawn as rows. */

interface Strings {
  running: string;
  done: string;
  unreachable: string;
  apiError: string;
  lastResult: string;
  target: string;
  score: string;
  hint: string;
  evidence: string;
  /** "1/1 point", "0/2 points": the form follows the check's maximum. */
  points: Record<PluralCategory, string>;
  graded: string;
  reference: string;
  others: string;
  cli: string;
  status: Record<CheckStatus, string>;
}

/** The fields of `nubelab check --format json` this page uses. */
interface ReportCheck {
  id: string;
  status: CheckStatus;
  points: number;
  maxPoints: number;
  title: string;
  message: string;
  /** Only failures carry a hint and the CLI command that fixes them. */
  hint: string | null;
  cli: string | null;
  evidence: unknown;
}
/** What the checker graded (see `graded` in the JSON contract). */
interface ReportGraded {
  kind: string;
  name: string;
  /** null: the resource cannot carry tags, so nobody can tell. */
  reference: boolean | null;
  others: string[];
}
interface Report {
  endpoint: string | null;
  region: string;
  /** Said once when the target could not answer some checks. */
  problem: string | null;
  labs: { lab: string; score: number; maxScore: number; graded?: ReportGraded[]; checks: ReportCheck[] }[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function checkRow(check: ReportCheck, s: Strings, lang: string): HTMLLIElement {
  const row = element('li', undefined, 'nl-check-row');
  row.dataset.status = check.status;
  row.dataset.check = check.id;
  const head = element('p');
  head.append(element('span', s.status[check.status], 'nl-check-badge'), element('strong', check.title), ` (${fill(s.points[pluralCategory(lang, check.maxPoints)], { points: check.points, max: check.maxPoints })})`);
  row.append(head, element('p', check.message));
  if (check.status === 'fail' && check.hint) {
    const hint = element('p');
    hint.append(element('strong', `${s.hint}:`), ` ${check.hint}`);
    row.append(hint);
  }
  if (check.status === 'fail' && check.cli) {
    const cli = element('p');
    cli.append(element('strong', `${s.cli}:`), ' ', element('code', check.cli));
    row.append(cli);
  }
  const details = element('details');
  details.append(element('summary', s.evidence), element('pre', JSON.stringify(check.evidence, null, 2)));
  row.append(details);
  return row;
}

/** One line per graded resource ("reference solution" when `nubelab deploy` made it), then what else matched. */
function gradedLines(graded: readonly ReportGraded[], s: Strings): HTMLParagraphElement[] {
  return graded.flatMap((g) => {
    const name = g.reference ? `${g.name} (${s.reference})` : g.name;
    const line = element('p', fill(s.graded, { kind: g.kind, name }), 'nl-check-progress-graded');
    return g.others.length ? [line, element('p', fill(s.others, { names: g.others.join(', ') }), 'nl-check-progress-graded')] : [line];
  });
}

export function setupCheckProgress(root: HTMLElement) {
  const { lab = '', title = '', api = '', lang = 'es' } = root.dataset;
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;
  const button = part('run') as HTMLButtonElement;
  const [live, result, terminal, last] = [part('live'), part('result'), part('terminal'), part('last')];

  function showLast(saved: LabProgress | undefined) {
    last.hidden = !saved;
    if (saved) last.textContent = fill(s.lastResult, { score: saved.score, max: saved.max, date: formatDate(saved.date, lang) });
  }

  function render(report: Report) {
    const labReport = report.labs[0]!;
    const score = element('p', fill(s.score, { score: labReport.score, max: labReport.maxScore }), 'nl-check-progress-score');
    const where = element('p', fill(s.target, { where: `${report.endpoint ?? 'AWS'} (${report.region})` }));
    const rows = element('ol', undefined, 'nl-check-rows');
    rows.append(...labReport.checks.map((check) => checkRow(check, s, lang)));
    const problem = report.problem ? [element('p', report.problem, 'nl-check-progress-problem')] : [];
    result.replaceChildren(score, where, ...problem, ...gradedLines(labReport.graded ?? [], s), rows);
    const saved: LabProgress = {
      lab,
      score: labReport.score,
      max: labReport.maxScore,
      date: new Date().toISOString(),
      statuses: Object.fromEntries(labReport.checks.map((c) => [c.id, c.status])),
    };
    saveLabResult(saved);
    showLast(saved);
    live.textContent = fill(s.done, { score: labReport.score, max: labReport.maxScore });
  }

  function fail(message: string) {
    result.replaceChildren();
    live.textContent = message;
    terminal.hidden = false;
  }

  async function run() {
    // A disabled button drops focus in some browsers; give it back so keyboard users stay put.
    const hadFocus = document.activeElement === button;
    button.disabled = true;
    result.setAttribute('aria-busy', 'true');
    live.textContent = fill(s.running, { lab: title });
    performance.mark(`nl-check-start-${lab}`);
    try {
      let response: Response;
      try {
        response = await fetch(`${api}/api/check`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ lab, lang }),
        });
      } catch {
        return fail(fill(s.unreachable, { api }));
      }
      const body = (await response.json().catch(() => null)) as (Report & { error?: { message: string } }) | null;
      if (!response.ok || !body?.labs) return fail(fill(s.apiError, { message: body?.error?.message ?? String(response.status) }));
      terminal.hidden = true;
      render(body);
      // Click to result, visible in the browser's performance panel (and measured by the e2e test).
      performance.measure(`nl-check-${lab}`, `nl-check-start-${lab}`);
    } finally {
      button.disabled = false;
      result.setAttribute('aria-busy', 'false');
      if (hadFocus && document.activeElement !== button) button.focus();
    }
  }

  // JavaScript is here: offer the button, keep the terminal route for when the API is not.
  part('intro').hidden = false;
  button.hidden = false;
  terminal.hidden = true;
  showLast(loadProgress().labs[lab]);
  button.addEventListener('click', () => void run());
}
