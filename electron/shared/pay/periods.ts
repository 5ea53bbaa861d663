import type { PayFrequency } from '../api/pay.js';
import { addDaysIso, addMonthsIso, daysBetween } from '../dates.js';

/**
 * Pay reference periods (REFERENCE §2.3: at most a month). Monthly periods are calendar months;
 * weekly, fortnightly and four-weekly ones run on from the first day of the PA's first written
 * statement (the anchor), so each starts on the same weekday.
 */
const DAYS: Record<Exclude<PayFrequency, 'monthly'>, number> = { weekly: 7, fortnightly: 14, 'four-weekly': 28 };

export interface Period {
  start: string;
  end: string;
}

export function periodContaining(frequency: PayFrequency, anchor: string, date: string): Period {
  if (frequency === 'monthly') {
    const start = `${date.slice(0, 7)}-01`;
    return { start, end: addDaysIso(addMonthsIso(start, 1), -1) };
  }
  const length = DAYS[frequency];
  const offset = Math.floor(daysBetween(anchor, date) / length) * length;
  const start = addDaysIso(anchor, offset);
  return { start, end: addDaysIso(start, length - 1) };
}

/** The period before one. */
export function previousPeriod(frequency: PayFrequency, anchor: string, period: Period): Period {
  return periodContaining(frequency, anchor, addDaysIso(period.start, -1));
}
