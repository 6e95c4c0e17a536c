import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearProgress, fill, labState, loadProgress, PROGRESS_KEY, saveLabResult, saveQuizScore } from '../../../site/components/progress-store.ts';

/** A minimal Web Storage, as the browser's localStorage behaves for one origin. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const result = (lab: string, score: number, max: number) => ({ lab, score, max, date: '2026-11-30T20:00:00.000Z', statuses: { a: 'pass' as const } });

describe('progress kept in the browser', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('keeps each lab\'s last result and each quiz\'s last score, replacing older ones', () => {
    saveLabResult(result('s3-bucket', 3, 8));
    saveLabResult(result('iam-role', 5, 5));
    saveLabResult(result('s3-bucket', 6, 8));
    saveQuizScore({ quiz: 'fundamentals', correct: 4, total: 8, date: '2026-11-30T20:00:00.000Z' });
    const progress = loadProgress();
    expect(progress.labs['s3-bucket']!.score).toBe(6);
    expect(Object.keys(progress.labs)).toEqual(['s3-bucket', 'iam-role']);
    expect(progress.quizzes.fundamentals!.correct).toBe(4);
  });

  it('reads an unreadable or foreign entry as no progress, and clears everything', () => {
    localStorage.setItem(PROGRESS_KEY, '{not json');
    expect(loadProgress().labs).toEqual({});
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, labs: { x: result('x', 1, 1) } }));
    expect(loadProgress().labs).toEqual({});
    saveLabResult(result('s3-bucket', 1, 8));
    clearProgress();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(loadProgress()).toEqual({ version: 1, labs: {}, quizzes: {} });
  });

  it('a lab is done only with every point, in progress with fewer, not started without a result', () => {
    expect(labState(undefined)).toBe('not_started');
    expect(labState(result('s3-bucket', 0, 8))).toBe('in_progress');
    expect(labState(result('s3-bucket', 7, 8))).toBe('in_progress');
    expect(labState(result('s3-bucket', 8, 8))).toBe('done');
  });

  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('{score} de {max} ({date})', { score: 3, max: 8 })).toBe('3 de 8 ({date})');
  });
});
