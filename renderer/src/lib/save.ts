import type { Input, Output, WriteMethodName } from '../shared.js';
import { setFlash } from './flash.js';
import { useApiMutation } from './queries.js';
import { navigate } from './router/index.js';

type FromSaved<M extends WriteMethodName, T> = T | ((saved: Output<M>) => T);
interface Next<M extends WriteMethodName> {
  flash: FromSaved<M, string>;
  to: FromSaved<M, string>;
  replace?: boolean;
  /** Runs with what was saved, before the page is left. */
  onSaved?: (saved: Output<M>) => void;
}

/**
 * What a form does on Save: write (so every page refreshes, see queries.ts), leave a message
 * for the next page, and go there. `flash` and `to` may use what the core saved ("Version 2 of
 * their terms has been saved", the new PA's page). A refusal is thrown for the form to show.
 */
export function useSaveAndGo<M extends WriteMethodName>(method: M) {
  const save = useApiMutation(method);
  return async (input: Input<M>, next: Next<M>): Promise<void> => {
    const saved = await save.mutateAsync(input);
    next.onSaved?.(saved);
    setFlash(typeof next.flash === 'function' ? next.flash(saved) : next.flash);
    navigate(typeof next.to === 'function' ? next.to(saved) : next.to, { replace: next.replace ?? false });
  };
}
