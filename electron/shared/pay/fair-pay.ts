import { daysBetween } from '../dates.js';
import { valueOn } from '../reference/dated.js';
import { BAND_NAMES, MINIMUM_WAGE_CHANGES_ON, REAL_LIVING_WAGE_STALE_AFTER_DAYS, type MinimumWageBand } from '../reference/pay-rates.js';
import { bandOn, birthdayAt, type Person } from './age-band.js';
import { bandSeries, rateOn, SERIES_NAMES, seriesRows, type RateSeries, type UserRate } from './rate-series.js';

export type WageArea = 'london' | 'elsewhere' | null;

export interface Compared {
  series: RateSeries;
  name: string;
  ratePence: number;
  from: string;
  source: string;
  userAdded: boolean;
  /** Pence an hour under it (0 when at or over). */
  gapPence: number;
  /** The gap over a year at the hours a week given; null when the hours are not known. */
  gapPerYearPence: number | null;
}

export interface LegalMinimum extends Compared {
  band: MinimumWageBand;
  age: number | null;
  assumedAdult: boolean;
}

export interface FairPay {
  date: string;
  ratePence: number;
  /**
   * `under`: below the legal minimum; `lawful`: at or over it; `none`: under 16, no legal
   * minimum; `unknown`: no legal minimum known for that date.
   */
  status: 'under' | 'lawful' | 'none' | 'unknown';
  minimum: LegalMinimum | null;
  realLivingWage: (Compared & { mayBeOutOfDate: boolean; london: boolean }) | null;
}

export interface FairPayInput {
  ratePence: number;
  /** The day to check: for a pay reference period, its first day. */
  date: string;
  person: Person;
  wageArea: WageArea;
  /** 0 when not regular. */
  hoursPerWeek: number;
  userRates: readonly UserRate[];
  /** Today, to say when the Real Living Wage may be out of date. */
  today: string;
}

function compare(series: RateSeries, date: string, ratePence: number, hoursPerWeek: number, userRates: readonly UserRate[]): Compared | null {
  const row = rateOn(series, date, userRates);
  if (!row) return null;
  const gapPence = Math.max(0, row.amountPence - ratePence);
  return {
    series,
    name: SERIES_NAMES[series],
    ratePence: row.amountPence,
    from: row.from,
    source: row.source,
    userAdded: row.userAdded,
    gapPence,
    gapPerYearPence: hoursPerWeek > 0 ? Math.round(gapPence * hoursPerWeek * 52) : null,
  };
}

/** The legal minimum for a person on a date, or why there is none. */
export function legalMinimum(person: Person, date: string, userRates: readonly UserRate[], ratePence = 0, hoursPerWeek = 0): { status: 'none' | 'unknown' } | LegalMinimum {
  const { band, age, assumedAdult } = bandOn(person, date);
  if (band === null) return { status: 'none' };
  const compared = compare(bandSeries(band), date, ratePence, hoursPerWeek, userRates);
  if (!compared) return { status: 'unknown' };
  return { ...compared, name: BAND_NAMES[band], band, age, assumedAdult };
}

/** Whether the newest Real Living Wage known on `today` is older than the next one normally is. */
export function realLivingWageMayBeOutOfDate(series: RateSeries, today: string, userRates: readonly UserRate[]): boolean {
  const newest = rateOn(series, today, userRates);
  const stale = valueOn(REAL_LIVING_WAGE_STALE_AFTER_DAYS, today);
  return !!newest && stale !== undefined && daysBetween(newest.from, today) > stale;
}

/** A rate against the legal minimum for the person's band and the Real Living Wage for where they work. */
export function fairPay(input: FairPayInput): FairPay {
  const { ratePence, date, person, wageArea, hoursPerWeek, userRates, today } = input;
  const min = legalMinimum(person, date, userRates, ratePence, hoursPerWeek);
  const rlwSeries: RateSeries = wageArea === 'london' ? 'rlw-london' : 'rlw-uk';
  const rlw = compare(rlwSeries, date, ratePence, hoursPerWeek, userRates);
  return {
    date,
    ratePence,
    status: 'status' in min ? min.status : min.gapPence > 0 ? 'under' : 'lawful',
    minimum: 'status' in min ? null : min,
    realLivingWage: rlw ? { ...rlw, london: wageArea === 'london', mayBeOutOfDate: realLivingWageMayBeOutOfDate(rlwSeries, today, userRates) } : null,
  };
}

export interface ComingChange {
  on: string;
  why: 'birthday' | 'april';
  /** The age they turn, for a birthday. */
  age?: number;
  /** The minimum from then. */
  minimum: LegalMinimum;
}

/** The next 1 April (or whichever day the minimum changes) after `date`. */
export function nextMinimumChange(date: string): string {
  const md = valueOn(MINIMUM_WAGE_CHANGES_ON, date)?.monthDay ?? '04-01';
  const year = Number(date.slice(0, 4));
  const thisYear = `${year}-${md}`;
  return thisYear > date ? thisYear : `${year + 1}-${md}`;
}

/** The most recent 1 April on or before `date`. */
export function lastMinimumChange(date: string): string {
  const md = valueOn(MINIMUM_WAGE_CHANGES_ON, date)?.monthDay ?? '04-01';
  const year = Number(date.slice(0, 4));
  const thisYear = `${year}-${md}`;
  return thisYear <= date ? thisYear : `${year - 1}-${md}`;
}

/** True when an April has begun on `today` and no legal minimum row starts on or after it. */
export function aprilWithNoKnownMinimum(today: string, userRates: readonly UserRate[]): string | null {
  const april = lastMinimumChange(today);
  const rows = seriesRows('minimum-21-and-over', userRates);
  return rows.some((r) => r.from >= april) ? null : april;
}

/**
 * Days within `horizonDays` of `today` on which this rate falls under the legal minimum that
 * it meets today: a birthday that moves them into a higher band, or an April uprating.
 */
export function comingShortfalls(person: Person, ratePence: number, today: string, horizonDays: number, userRates: readonly UserRate[]): ComingChange[] {
  const found: ComingChange[] = [];
  const now = legalMinimum(person, today, userRates, ratePence);
  if ('gapPence' in now && now.gapPence > 0) return found;
  const candidates: { on: string; why: 'birthday' | 'april'; age?: number }[] = [];
  if (person.dateOfBirth) {
    for (const age of [16, 18, 19, 21]) {
      const on = birthdayAt(person.dateOfBirth, age);
      if (on > today && daysBetween(today, on) <= horizonDays) candidates.push({ on, why: 'birthday', age });
    }
  }
  const april = nextMinimumChange(today);
  if (daysBetween(today, april) <= horizonDays) candidates.push({ on: april, why: 'april' });
  for (const c of candidates.sort((a, b) => (a.on < b.on ? -1 : 1))) {
    const then = legalMinimum(person, c.on, userRates, ratePence);
    // An April only counts when a new rate is known from it; a birthday whenever it raises the band.
    if ('gapPence' in then && then.gapPence > 0 && (c.why === 'birthday' || then.from === c.on)) found.push({ ...c, minimum: then });
  }
  return found;
}
