import { describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_MS, idleLockDue, watchIdle } from '../../../../electron/main/rules/idle-lock.js';

describe('idleLockDue', () => {
  it.each([
    [0, 5, false],
    [299, 5, false],
    [300, 5, true],
    [301, 5, true],
    [59, 1, false],
    [60, 1, true],
    [14_399, 240, false],
    [14_400, 240, true],
  ])('idle %is with a %i-minute setting → %s', (idle, minutes, due) => expect(idleLockDue(idle, minutes)).toBe(due));

  it('falls back to the 5-minute default when the setting is nonsense, never to "never"', () => {
    for (const bad of [undefined, null, NaN, Infinity, 0, -3, '10', {}]) {
      expect(idleLockDue(299, bad)).toBe(false);
      expect(idleLockDue(300, bad)).toBe(true);
    }
  });

  it('does not lock on a nonsense idle time', () => {
    expect(idleLockDue(NaN, 5)).toBe(false);
    expect(idleLockDue(-1, 5)).toBe(false);
  });
});

function fakeTimer() {
  let fn: (() => void) | null = null;
  return {
    every: (f: () => void, ms: number) => {
      expect(ms).toBe(IDLE_CHECK_MS);
      fn = f;
      return { stop: () => (fn = null) };
    },
    tick: async () => {
      fn?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    get running() {
      return fn !== null;
    },
  };
}

describe('watchIdle', () => {
  it('locks once idle time reaches the setting, and not before', async () => {
    const timer = fakeTimer();
    let idle = 100;
    const lock = vi.fn(async () => undefined);
    watchIdle({ idleSeconds: () => idle, autoLockMinutes: async () => 5, lock, every: timer.every });
    await timer.tick();
    expect(lock).not.toHaveBeenCalled();
    idle = 300;
    await timer.tick();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does nothing when there is no unlocked book', async () => {
    const timer = fakeTimer();
    const lock = vi.fn(async () => undefined);
    watchIdle({ idleSeconds: () => 10_000, autoLockMinutes: async () => null, lock, every: timer.every });
    await timer.tick();
    expect(lock).not.toHaveBeenCalled();
  });

  it('survives a failing settings read and tries again next time', async () => {
    const timer = fakeTimer();
    const lock = vi.fn(async () => undefined);
    const minutes = vi.fn<() => Promise<number | null>>().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(1);
    watchIdle({ idleSeconds: () => 60, autoLockMinutes: minutes, lock, every: timer.every });
    await timer.tick();
    expect(lock).not.toHaveBeenCalled();
    await timer.tick();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('stops', () => {
    const timer = fakeTimer();
    const stop = watchIdle({ idleSeconds: () => 0, autoLockMinutes: async () => 5, lock: async () => undefined, every: timer.every });
    expect(timer.running).toBe(true);
    stop();
    expect(timer.running).toBe(false);
  });
});
