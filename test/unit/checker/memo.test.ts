import { describe, expect, it } from 'vitest';
import { createMemo } from '../../../checker/core/memo.ts';

describe('createMemo', () => {
  it('shares one computation between concurrent callers of the same key', async () => {
    const memo = createMemo();
    let calls = 0;
    const compute = async () => { calls++; await new Promise((r) => setTimeout(r, 10)); return calls; };
    const results = await Promise.all([memo('k', compute), memo('k', compute), memo('other', compute)]);
    expect(calls).toBe(2);
    expect(results[0]).toBe(results[1]);
  });

  it('keeps a failure, so every caller sees the same error without a retry', async () => {
    const memo = createMemo();
    let calls = 0;
    const failing = async () => { calls++; throw new Error('boom'); };
    await expect(memo('k', failing)).rejects.toThrow('boom');
    await expect(memo('k', failing)).rejects.toThrow('boom');
    expect(calls).toBe(1);
  });
});
