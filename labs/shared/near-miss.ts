import type { Localized } from '../../checker/core/i18n.ts';

/**
 * "Did you mean …?": when nothing is named like the lesson, the names that almost are (a typo, a
 * missing letter, another separator) are worth telling the learner about, instead of a bare
 * "there is none".
 */

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How far `candidate` is from starting with `name`: the closest of its beginnings around the
 * name's length, so `taxi-datalake-ana` is 1 away from `taxis-datalake-` and `de-s3acess-ana`
 * 1 away from `de-s3access`. Case is ignored.
 */
function distanceFromStart(candidate: string, name: string): number {
  const c = candidate.toLowerCase();
  const n = name.toLowerCase();
  let best = Infinity;
  for (let k = Math.max(1, n.length - 2); k <= Math.min(c.length, n.length + 2); k++) best = Math.min(best, editDistance(c.slice(0, k), n));
  return best;
}

/** Names in `seen` that almost start with the lesson's `name` (closest first, at most three). */
export function nearMisses(name: string, seen: readonly string[]): string[] {
  // Two edits are a typo in a long name; in a short one (`taxis`) they would match unrelated names.
  const allowed = name.length >= 8 ? 2 : 1;
  return seen
    // One that already starts with the name is no typo: the finder left it out for another reason (its region).
    .filter((candidate) => !candidate.toLowerCase().startsWith(name.toLowerCase()))
    .map((candidate) => ({ candidate, distance: distanceFromStart(candidate, name) }))
    .filter((m) => m.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((m) => m.candidate);
}

/** The sentence added to a "none found" message: empty when there is nothing close. */
export function didYouMean(misses: readonly string[]): Localized {
  if (misses.length === 0) return { es: '', en: '' };
  const list = misses.join(', ');
  return { es: ` ¿Querías decir ${list}? Solo se califican los nombres que empiezan como el de la lección.`, en: ` Did you mean ${list}? Only names that start like the lesson's are graded.` };
}

/** Appends `extra` (a sentence starting with a space, or empty) to each language of `text`. */
export const withSentence = (text: Localized, extra: Localized): Localized => ({ es: `${text.es}${extra.es}`, en: `${text.en}${extra.en}` });
