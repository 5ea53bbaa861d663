import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveBackMemory, whenIdle } from '../../../electron/core/idle-memory.js';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    // [ms between each piece of work, runs expected 1 s after the last]
    { gaps: [], runs: 0 },
    { gaps: [0], runs: 1 },
    { gaps: [0, 500, 500, 500], runs: 1 },
    { gaps: [0, 1500], runs: 2 },
  ])('work at gaps $gaps (quiet after 1 s) runs it $runs times', ({ gaps, runs }) => {
    const then = vi.fn();
    const idle = whenIdle(1000, then);
    for (const gap of gaps) {
      vi.advanceTimersByTime(gap);
      idle.worked();
    }
    vi.advanceTimersByTime(999);
    const before = then.mock.calls.length;
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(runs);
    // It ran at exactly a quiet second, not before.
    if (runs > 0) expect(before).toBe(runs - 1);
  });

  it('stop cancels the run still to come', () => {
    const then = vi.fn();
    const idle = whenIdle(1000, then);
    idle.worked();
    idle.stop();
    vi.advanceTimersByTime(5000);
    expect(then).not.toHaveBeenCalled();
  });
});

describe('giveBackMemory', () => {
  it('collects without giving the core a global gc', () => {
    const hadGc = 'gc' in globalThis;
    giveBackMemory();
    giveBackMemory();
    expect('gc' in globalThis).toBe(hadGc);
  });

  it('frees what nothing holds any more', async () => {
    // Made and dropped inside a function of its own: nothing in this test holds it afterwards.
    const gone = (() => new WeakRef(Array.from({ length: 200 }, () => Array.from({ length: 1000 }, (_, i) => i))))();
    // A WeakRef's target survives until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    giveBackMemory();
    expect(gone.deref()).toBeUndefined();
  });
});
