/**
 * Learners name resources the way the lesson does, or add their own suffix when they share an
 * account (`de-s3access-ana`). Every lab finds what it grades the same way.
 */

/** Whether `candidate` is the lesson's name, or the lesson's name followed by `-<suffix>`. */
export const namedLike = (name: string) => (candidate: string) => candidate === name || candidate.startsWith(`${name}-`);

interface Named {
  name: string;
  /** ISO 8601. */
  createdAt?: string;
}

/** Sort order: named like the lesson first, the exact name before a suffixed one, then the newest. */
export const lessonNameOrder = (name: string) => (a: Named, b: Named) =>
  Number(namedLike(name)(b.name)) - Number(namedLike(name)(a.name)) ||
  Number(b.name === name) - Number(a.name === name) ||
  (b.createdAt ?? '').localeCompare(a.createdAt ?? '');

/** The items named like the lesson, best match first. */
export function namedLikeLesson<T extends Named>(items: readonly T[], name: string): T[] {
  return items.filter((item) => namedLike(name)(item.name)).sort(lessonNameOrder(name));
}
