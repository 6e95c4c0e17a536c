import type { Lang } from '../../checker/core/i18n.ts';

/**
 * When a recorded fact happened, as precisely as the course states it: a day ('2024-02-01'),
 * a month ('2023-04'), a year ('2024') or the end of a year ('2024-late'). <FactDate> prints it
 * in the page's language, so both languages show the same date from one place.
 */
export type FactWhen = `${number}-${number}-${number}` | `${number}-${number}` | `${number}` | `${number}-late`;

const WHEN = /^(\d{4})(?:-(late)|-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS: Record<Lang, readonly string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Parts {
  year: number;
  month?: number;
  day?: number;
  late: boolean;
}

function parts(when: string): Parts | undefined {
  const m = WHEN.exec(when);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[3] === undefined ? undefined : Number(m[3]);
  const day = m[4] === undefined ? undefined : Number(m[4]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, month! - 1, day));
    if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return undefined;
  }
  return { year, month, day, late: m[2] === 'late' };
}

/** True when `when` is one of the shapes above and names a real calendar date. */
export function isFactWhen(when: string): when is FactWhen {
  return parts(when) !== undefined;
}

/** True for a full calendar date such as '2026-11-30'. */
export function isIsoDay(value: string): boolean {
  const p = parts(value);
  return p !== undefined && p.day !== undefined;
}

/** The date as a reader says it: '1 de febrero de 2024' / '1 February 2024', 'abril de 2023' / 'April 2023'. */
export function formatWhen(when: FactWhen, lang: Lang): string {
  const p = parts(when);
  if (!p) throw new Error(`'${when}' is not a fact date (YYYY-MM-DD, YYYY-MM, YYYY or YYYY-late).`);
  if (p.late) return lang === 'es' ? `finales de ${p.year}` : `late ${p.year}`;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS[lang][p.month - 1]!;
  if (p.day === undefined) return lang === 'es' ? `${month} de ${p.year}` : `${month} ${p.year}`;
  return lang === 'es' ? `${p.day} de ${month} de ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** The machine-readable form for <time datetime>: the date itself, or the year for 'YYYY-late'. */
export function datetimeOf(when: FactWhen): string {
  const p = parts(when);
  if (!p) throw new Error(`'${when}' is not a fact date.`);
  return p.late ? String(p.year) : when;
}
