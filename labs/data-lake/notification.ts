import type { Localized } from '../../checker/core/i18n.ts';
import type { LambdaNotification } from '../../checker/services/s3/types.ts';
import { PROCESSED_KEY, RAW_KEY, RAW_PREFIX } from './lake.ts';

/**
 * Whether a function notification reacts to every new object under raw/ and to nothing the
 * pipeline writes elsewhere. Its events must cover every way an object is created (a Put-only
 * rule misses multipart uploads and copies), its prefix must be raw/ itself (an empty prefix also
 * fires for processed/, where the pipeline writes: a function that writes there would invoke
 * itself), and a suffix, if any, must still match the CSV files that land in raw/.
 */
export const ALL_CREATED = 's3:ObjectCreated:*';

export function matchesKey(n: Pick<LambdaNotification, 'prefix' | 'suffix'>, key: string): boolean {
  return key.startsWith(n.prefix ?? '') && key.endsWith(n.suffix ?? '');
}

export function reactsToRaw(n: LambdaNotification): boolean {
  return n.events.includes(ALL_CREATED) && n.prefix === RAW_PREFIX && matchesKey(n, RAW_KEY) && !matchesKey(n, PROCESSED_KEY);
}

/** Why a function notification does not count, in both languages. */
export function whyNot(n: LambdaNotification): Localized {
  if (!n.events.includes(ALL_CREATED)) {
    const events = n.events.join(', ') || '-';
    return { es: `sus eventos (${events}) no incluyen ${ALL_CREATED}`, en: `its events (${events}) do not include ${ALL_CREATED}` };
  }
  if (n.prefix === undefined || n.prefix === '') {
    return { es: `no tiene prefijo, así que también salta con ${PROCESSED_KEY}`, en: `it has no prefix, so it also fires for ${PROCESSED_KEY}` };
  }
  if (n.prefix !== RAW_PREFIX) return { es: `su prefijo ${n.prefix} no es ${RAW_PREFIX}`, en: `its prefix ${n.prefix} is not ${RAW_PREFIX}` };
  return { es: `su sufijo ${n.suffix} no encaja con ${RAW_KEY}`, en: `its suffix ${n.suffix} does not match ${RAW_KEY}` };
}
