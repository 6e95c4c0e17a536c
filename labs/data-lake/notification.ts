import type { Localized } from '../../checker/core/i18n.ts';
import type { LambdaNotification, QueueNotification } from '../../checker/services/s3/types.ts';
import { PROCESSED_KEY, RAW_KEY, RAW_PREFIX } from './lake.ts';

/**
 * Whether a direct notification (to a function or a queue) reacts to every new object under raw/
 * and to nothing the pipeline writes elsewhere. Its events must cover every way an object is
 * created (a Put-only rule misses multipart uploads and copies), its prefix must be raw/ itself
 * (an empty prefix also fires for processed/, where the pipeline writes: a function that writes
 * there would invoke itself), and a suffix, if any, must still match the CSV files that land in raw/.
 */
export const ALL_CREATED = 's3:ObjectCreated:*';

/** A function or queue notification: what the check needs of either. */
export type DirectNotification = Pick<LambdaNotification, 'id' | 'events' | 'prefix' | 'suffix'> & { destination: string };

export const fromFunction = (n: LambdaNotification): DirectNotification => ({ id: n.id, events: n.events, prefix: n.prefix, suffix: n.suffix, destination: n.functionArn });
export const fromQueue = (n: QueueNotification): DirectNotification => ({ id: n.id, events: n.events, prefix: n.prefix, suffix: n.suffix, destination: n.queueArn });

export function matchesKey(n: Pick<DirectNotification, 'prefix' | 'suffix'>, key: string): boolean {
  return key.startsWith(n.prefix ?? '') && key.endsWith(n.suffix ?? '');
}

export function reactsToRaw(n: DirectNotification): boolean {
  return n.events.includes(ALL_CREATED) && n.prefix === RAW_PREFIX && matchesKey(n, RAW_KEY) && !matchesKey(n, PROCESSED_KEY);
}

/** Why a direct notification does not count, in both languages. */
export function whyNot(n: DirectNotification): Localized {
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
