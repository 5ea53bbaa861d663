import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/**
 * Calendar arithmetic on YYYY-MM-DD dates, through date-fns so month ends and leap days follow
 * its rules (31 August + 6 months is 28 February; 29 February + 12 months is 28 February).
 * Both ends are read and written as local calendar days, so the time zone never shifts a date.
 * lightFormat, not format: format brings every locale's words, about 30 MB in Node.
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

// One formatter for the process: each new Intl.DateTimeFormat costs ICU memory and time.
const inWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as people read it in a sentence: "3 March 2026". Kept as typed when it is not a date. */
export function dateInWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return inWords.format(at);
}
