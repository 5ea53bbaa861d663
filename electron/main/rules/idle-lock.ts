import { DEFAULT_SETTINGS } from '../../shared/api/settings.js';

/** How often the idle time is checked: a lock is at most this late. */
export const IDLE_CHECK_MS = 15_000;

/**
 * Lock when the computer has been idle for `autoLockMinutes` or more. A missing or nonsense
 * setting falls back to the default rather than to "never", so a bad value cannot keep a book open.
 */
export function idleLockDue(idleSeconds: number, autoLockMinutes: unknown): boolean {
  if (!Number.isFinite(idleSeconds) || idleSeconds < 0) return false;
  const minutes =
    typeof autoLockMinutes === 'number' && Number.isFinite(autoLockMinutes) && autoLockMinutes >= 1
      ? autoLockMinutes
      : DEFAULT_SETTINGS.autoLockMinutes;
  return idleSeconds >= minutes * 60;
}

export interface IdleWatchDeps {
  /** Seconds since the last keyboard or mouse input anywhere on the computer. */
  idleSeconds: () => number;
  /** The book's setting; null when there is no unlocked book (nothing to lock). */
  autoLockMinutes: () => Promise<number | null>;
  lock: () => Promise<void>;
  every?: (fn: () => void, ms: number) => { stop: () => void };
}

/** Poll the idle time and lock once it is due. Returns a stop function. */
export function watchIdle(deps: IdleWatchDeps): () => void {
  const every =
    deps.every ??
    ((fn, ms) => {
      const t = setInterval(fn, ms);
      t.unref?.();
      return { stop: () => clearInterval(t) };
    });
  let busy = false;
  const tick = async (): Promise<void> => {
    if (busy) return; // a slow settings read or lock must not pile up checks
    busy = true;
    try {
      const minutes = await deps.autoLockMinutes();
      if (minutes !== null && idleLockDue(deps.idleSeconds(), minutes)) await deps.lock();
    } catch {
      // A failed check is retried on the next tick; the shell must not crash over it.
    } finally {
      busy = false;
    }
  };
  const timer = every(() => void tick(), IDLE_CHECK_MS);
  return () => timer.stop();
}
