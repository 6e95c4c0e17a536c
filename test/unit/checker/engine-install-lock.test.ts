import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { withInstallLock } from '../../../checker/emulator/engine-install.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('withInstallLock', () => {
  it('runs two installs of one engine one after the other, never at once, and frees the lock', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nubelab-lock-'));
    dirs.push(dir);
    const lock = join(dir, '.engines', 'ministack.installing');
    const events: string[] = [];
    const install = (name: string) =>
      withInstallLock(
        lock,
        async () => {
          events.push(`${name} start`);
          await sleep(50);
          events.push(`${name} end`);
          return name;
        },
        10,
      );
    expect(await Promise.all([install('a'), install('b')])).toEqual(['a', 'b']);
    // Whichever gets the lock first, the other starts only after it ended.
    const first = events[0]!.split(' ')[0];
    const second = first === 'a' ? 'b' : 'a';
    expect(events).toEqual([`${first} start`, `${first} end`, `${second} start`, `${second} end`]);
    // Freed: a third install does not wait.
    expect(await install('c')).toBe('c');
  });

  it('frees the lock when the install fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nubelab-lock-'));
    dirs.push(dir);
    const lock = join(dir, 'x.installing');
    await expect(withInstallLock(lock, async () => Promise.reject(new Error('pip failed')), 10)).rejects.toThrow('pip failed');
    expect(await withInstallLock(lock, async () => 'next', 10)).toBe('next');
  });
});
