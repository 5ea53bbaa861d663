import { TZDate } from '@date-fns/tz';
import { addDaysIso } from '../dates.js';

/**
 * When a shift starts and ends, from the day and the times typed in England. An end at or
 * before the start is the next morning. The length comes from the instants, so the night the
 * clocks go forward is an hour shorter and the night they go back an hour longer (the time
 * zone rules are @date-fns/tz's, from the tz database, not ours).
 */
export const ZONE = 'Europe/London';

export type ShiftSpan =
  | { ok: true; startsAt: string; endsAt: string; spanMinutes: number; endsNextDay: boolean }
  | { ok: false; field: 'start' | 'end' | 'breakMinutes'; message: string };

/** The instant of a time of day in England, or null when the clocks skip it (1am to 2am on the last Sunday of March). */
export function londonInstant(date: string, time: string): Date | null {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, ZONE);
  // A time the clocks skip comes back an hour later: it does not exist that day.
  if (at.getHours() !== h || at.getMinutes() !== mi) return null;
  return new Date(at.getTime());
}

export function shiftSpan(date: string, start: string, end: string, breakMinutes = 0): ShiftSpan {
  if (start === end) return { ok: false, field: 'end', message: 'The end time must be different from the start time' };
  const endsNextDay = end < start;
  const from = londonInstant(date, start);
  if (!from) return { ok: false, field: 'start', message: 'That start time does not exist on that day, because the clocks go forward an hour at 1am. Enter the time the clock showed' };
  const to = londonInstant(endsNextDay ? addDaysIso(date, 1) : date, end);
  if (!to) return { ok: false, field: 'end', message: 'That end time does not exist on that day, because the clocks go forward an hour at 1am. Enter the time the clock showed' };
  const spanMinutes = Math.round((to.getTime() - from.getTime()) / 60_000);
  if (breakMinutes >= spanMinutes) return { ok: false, field: 'breakMinutes', message: 'The unpaid break must be shorter than the shift' };
  return { ok: true, startsAt: from.toISOString(), endsAt: to.toISOString(), spanMinutes, endsNextDay };
}

/** Two shifts overlap when each starts before the other ends (one ending as the next starts is fine). */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

const LONDON_WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "Monday" for a YYYY-MM-DD date. */
export function weekdayOf(date: string): string {
  return LONDON_WEEKDAY.format(new Date(`${date}T12:00:00Z`));
}

const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * 0 for Monday … 6 for Sunday. Worked from the numbers (Sakamoto's method for the Gregorian
 * calendar) rather than by making a Date: the pay summary asks it of every shift.
 */
export function weekdayIndex(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month < 3 ? 1 : 0);
  const sunday0 = (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + MONTH_OFFSETS[month - 1]! + day) % 7;
  return (sunday0 + 6) % 7;
}

/** Minutes as "7 hours 30 minutes". */
export function minutesInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  if (m === 0) return hours;
  return h === 0 ? `${m} minutes` : `${hours} ${m} minutes`;
}

/** Minutes as decimal hours for a spreadsheet: 450 → 7.5. */
export function hoursDecimal(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
