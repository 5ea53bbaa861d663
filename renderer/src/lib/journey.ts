import { useSyncExternalStore } from 'react';

/**
 * State for a journey of several one-question pages (new book, restore). It lives outside the
 * pages so the browser's Back button and page changes keep what was typed.
 */
export function createJourney<T extends object>(initial: T) {
  let state = initial;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<T>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };
  const reset = () => set(initial);
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const use = () => useSyncExternalStore(subscribe, () => state);
  return { use, set, reset, get: () => state };
}
