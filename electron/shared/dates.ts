import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/**
 * Dates, one way for the whole app. Calendar dates are YYYY-MM-DD strings; "today" is the date
 * on a calendar in England, whatever the computer's own time zone; dates are shown in words
 * ("3 March 2026") everywhere: pages, Home, messages and statements.
 *
 * Arithmetic goes through date-fns so month ends and leap days follow its rules (31 August +
 * 6 months is 28 February; 29 February + 12 months is 28 February). Both ends are read and
 * written as local calendar days, so the time zone never shifts a date. lightFormat, not
 * format: format brings every locale's words, about 30 MB in Node.
 */
export function addMonthsIso(date: string, months: number): string {
  return lightFormat(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

export function addDaysIso(date: string, days: number): string {
  return lightFormat(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** The earliest of some YYYY-MM-DD dates, ignoring empty ones; '' when there are none. */
export function earliest(dates: readonly string[]): string {
  return dates.filter((d) => d !== '').sort()[0] ?? '';
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// Each formatter is made once for the process: a new Intl.DateTimeFormat on every call cost ICU
// memory that the process kept (the bench saw the core grow by over 100 MB as Home reloaded).
// The time zone comes from ICU's copy of the tz database, which Node and Chromium keep current.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const IN_WORDS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const LONDON_DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** The date on a calendar in England at `instant`, YYYY-MM-DD: the employer's "today". */
export function londonDate(instant: Date): string {
  return LONDON_DAY.format(instant);
}

/** A date as people read it in a sentence: "3 March 2026". Kept as typed when it is not a date. */
export function dateInWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return IN_WORDS.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An instant (ISO) as its date and time in England: "27 March 2026 at 2:05pm". */
export function dateTimeInWords(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return `${LONDON_DAY_IN_WORDS.format(d)} at ${LONDON_TIME.format(d).replace(' ', '')}`;
}
