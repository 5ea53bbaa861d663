/**
 * The month the Hours tab shows next, when a page that added shifts elsewhere (an import of
 * last spring's timesheet) sends the person back to it: taken once, like a flash message.
 */
let next: string | null = null;

/** `month` is its first day, YYYY-MM-01. */
export function showHoursMonth(month: string) {
  next = month;
}

export function takeHoursMonth(): string | null {
  const m = next;
  // Forget it after this render (React's StrictMode renders twice in development).
  if (m) setTimeout(() => (next === m ? (next = null) : undefined), 0);
  return m;
}
