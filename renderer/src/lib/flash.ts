/**
 * A one-off message for the next page ("Your settings have been saved"), shown once in a
 * success banner and then forgotten.
 */
let pending: string | null = null;

export function setFlash(message: string) {
  pending = message;
}

export function takeFlash(): string | null {
  const m = pending;
  // Forget it after this render (not at once: React's StrictMode renders twice in development).
  if (m) setTimeout(() => (pending === m ? (pending = null) : undefined), 0);
  return m;
}
