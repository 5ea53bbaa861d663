import { useDeferredValue } from 'react';

/**
 * The first `first` items with the page, and every item a moment later, in a background render
 * that gives way to key presses (React's useDeferredValue with an initial value). For a long
 * list of heavy parts, such as the training matrix's rows or the pay periods of fifty PAs: the
 * page takes focus and shows its top at once instead of waiting for the whole list. Call it in a
 * component that mounts with its data (the first render is the short one), and memo the items'
 * component, so the second render reuses the parts already drawn.
 */
export function useFirstThenAll<T>(items: readonly T[], first: number): readonly T[] {
  const every = useDeferredValue(true, false);
  return every ? items : items.slice(0, first);
}
