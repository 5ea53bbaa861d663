import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * After a burst of work (Home, a pay period, a matrix, an export), V8 keeps what it grew for it:
 * a young generation of up to 128 MB and a pool of freed pages, ready for the next burst. On the
 * large book that is the difference between about 110 MB and 180 MB for the core after a long
 * session, and which one a session ends on depends on how far the young generation happened to
 * grow. The browser gives its pages' memory back when they fall idle; Node (and so Electron's
 * main process, which hosts the core) never does. So, once the core has had no call for
 * IDLE_MS, it asks V8 for one memory-reducing collection (the "last resort" kind, which shrinks
 * the young generation and releases the pooled pages), as the browser would.
 *
 * Its cost is one pause of a few tens of milliseconds on a heap of about 20 MB, only when nobody
 * is waiting; a call that arrives during it waits for it, as for any other call.
 */
export const IDLE_MS = 5_000;

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let collect: Collect | null | undefined;

/**
 * V8's collector, reached as Node documents for --expose-gc, in a context of its own: the flag
 * is read when a context is made, so the core's own globals never gain a `gc`. Null if this
 * runtime does not offer it (then memory is simply left to V8, as before).
 */
function collector(): Collect | null {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  }
  return collect;
}

/** One memory-reducing collection, now. */
export function giveBackMemory(): void {
  collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Run `then` once, `afterMs` after the last `worked()`: each new piece of work puts it off
 * again, so it runs only when the core falls quiet. The timer never keeps the process alive.
 */
export function whenIdle(afterMs: number, then: () => void): { worked(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    worked() {
      clearTimeout(timer);
      timer = setTimeout(then, afterMs);
      timer.unref();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
