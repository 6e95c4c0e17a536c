/**
 * Caches the promise of each call by key, so concurrent callers share one request.
 * A rejected promise stays cached too: a read that failed once fails the same way for every
 * check in the run, instead of being retried by each of them.
 */
export function createMemo() {
  const cache = new Map<string, Promise<unknown>>();
  return function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = compute();
      // Avoid an unhandled rejection when nobody awaits a failed read.
      hit.catch(() => {});
      cache.set(key, hit);
    }
    return hit;
  };
}

export type Memo = ReturnType<typeof createMemo>;
