/**
 * Calls `onIdle` once after `ms` without activity. Uses only setTimeout and DOM events, so a
 * test can drive it with a fake clock (Playwright's page.clock).
 */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'focusin', 'touchstart'] as const;

export function startIdleTimer(ms: number, onIdle: () => void, target: EventTarget = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const reset = () => {
    if (done) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      done = true;
      onIdle();
    }, ms);
  };
  for (const type of ACTIVITY) target.addEventListener(type, reset, { capture: true, passive: true });
  reset();
  return () => {
    done = true;
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, reset, { capture: true });
  };
}
