import { afterEach, expect, it, vi } from 'vitest';
import { IDLE_MS } from '../../electron/core/index.js';
import { coreWithBook } from './helpers.js';

afterEach(() => vi.useRealTimers());

it('once no call has come for IDLE_MS, the core gives memory back, once; each call puts it off, and closing cancels it', async () => {
  const onIdle = vi.fn();
  const { core } = await coreWithBook({ onIdle });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  await core.ok('workers.list', {});
  vi.advanceTimersByTime(IDLE_MS - 1);
  await core.ok('attention.list', {});
  vi.advanceTimersByTime(IDLE_MS - 1);
  expect(onIdle).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(onIdle).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(IDLE_MS * 2);
  expect(onIdle).toHaveBeenCalledTimes(1);

  // A last call, then closing: the run that call set up never comes.
  await core.fails('workers.get', { id: 'nobody' });
  await core.close();
  vi.advanceTimersByTime(IDLE_MS * 2);
  expect(onIdle).toHaveBeenCalledTimes(1);
});
