import { powerMonitor, type BrowserWindow } from 'electron';
import type { CallTarget } from './rules/router.js';
import { APP_ENTRY, hashRouteUrl } from './rules/app-url.js';
import { watchIdle } from './rules/idle-lock.js';

export interface Locker {
  /** Lock the book if it is open, then load the page afresh so no record stays in its memory. */
  lock(): Promise<void>;
  stop(): void;
}

/**
 * Locking: on request, after idle time, when the OS locks the screen, and on suspend.
 * Only an unlocked book is locked and reloaded, so a half-filled first-run form is not wiped.
 */
export function startLocking(
  core: CallTarget,
  getWindow: () => BrowserWindow | null,
  devUrl: string | undefined,
): Locker {
  const entryUrl = devUrl ?? APP_ENTRY;
  let running: Promise<void> | null = null;

  const lockOnce = async (): Promise<void> => {
    const status = await core.call('book.status', {});
    if (!status.ok || (status.value as { state?: string }).state !== 'unlocked') return;
    await core.call('book.lock', {});
    const win = getWindow();
    // Load the page afresh without its route: nothing stays in memory, and after unlocking
    // people start again at Home (as the renderer's own lock does).
    if (win && !win.isDestroyed()) void win.loadURL(hashRouteUrl(win.webContents.getURL(), '', entryUrl, devUrl));
  };
  // Idle, lock-screen and suspend can fire together; they share one lock.
  const lock = (): Promise<void> => {
    running ??= lockOnce()
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
    return running;
  };

  const stopIdle = watchIdle({
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    autoLockMinutes: async () => {
      const settings = await core.call('settings.get', {});
      // Fails with book_locked (or no_book) when there is nothing open to lock.
      return settings.ok ? (settings.value as { autoLockMinutes: number }).autoLockMinutes : null;
    },
    lock,
  });
  const onOsEvent = () => void lock();
  powerMonitor.on('lock-screen', onOsEvent);
  powerMonitor.on('suspend', onOsEvent);

  return {
    lock,
    stop() {
      stopIdle();
      powerMonitor.off('lock-screen', onOsEvent);
      powerMonitor.off('suspend', onOsEvent);
    },
  };
}
