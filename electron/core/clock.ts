// Made once: a new Intl.DateTimeFormat on every call cost ICU memory that the process kept
// (the bench saw the core grow by over 100 MB as Home was loaded again and again).
const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in England, YYYY-MM-DD: the date the employer sees on their calendar. */
export function londonDate(instant: Date): string {
  return LONDON.format(instant);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
