import { useEffect, type ReactNode } from 'react';
import type { BookStatus } from '../shared.js';
import { useApiQuery } from '../lib/queries.js';
import { Pages } from '../lib/router/index.js';
import { ROUTES } from './areas.js';
import { ExampleBanner } from './ExampleBanner.js';
import { startIdleTimer } from './idle-timer.js';
import { Layout } from './Layout.js';
import { lockAndReload } from './lock.js';
import { rememberTextSize } from '../lib/text-size.js';

/** The open book: navigation, Lock button, Ctrl/Cmd+L, and locking after idle time. */
export function UnlockedApp({ status, children }: { status: BookStatus; children?: ReactNode }) {
  const settings = useApiQuery('settings.get', {});
  const minutes = settings.data?.autoLockMinutes;
  const textSize = settings.data?.textSize;

  useEffect(() => {
    if (textSize) rememberTextSize(textSize);
  }, [textSize]);

  useEffect(() => {
    if (!minutes) return;
    return startIdleTimer(minutes * 60_000, () => void lockAndReload());
  }, [minutes]);

  useEffect(() => {
    // Handled here as well as by the app menu, so it also works in the browser test harness.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void lockAndReload();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const lock = (
    <button type="button" className="header__lock" onClick={() => void lockAndReload()}>
      <svg className="header__lock-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M10 1a5 5 0 0 0-5 5v3H3v10h14V9h-2V6a5 5 0 0 0-5-5zm-3 5a3 3 0 0 1 6 0v3H7z" />
      </svg>
      Lock
    </button>
  );
  return (
    <Layout nav={!children} actions={lock} banner={status.isExample ? <ExampleBanner /> : null}>
      {children ?? <Pages routes={ROUTES.open} />}
    </Layout>
  );
}
