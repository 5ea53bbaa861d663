import { BAND_NAMES, MINIMUM_WAGE, MINIMUM_WAGE_BANDS, REAL_LIVING_WAGE, type MinimumWageBand } from '../reference/pay-rates.js';

/**
 * The hourly rates a PA's pay is compared with, as series of dated rows: the built-in rows from
 * electron/shared/reference/pay-rates.ts, and the rows the employer added in the book
 * (Settings → Rates). A user row applies from its own date until the next row of either kind,
 * so it overrides a built-in row only from that date; on the same date the user's row wins.
 */
export const RATE_SERIES = ['minimum-21-and-over', 'minimum-18-to-20', 'minimum-16-to-17', 'minimum-apprentice', 'rlw-uk', 'rlw-london'] as const;
export type RateSeries = (typeof RATE_SERIES)[number];

export const SERIES_NAMES: Record<RateSeries, string> = {
  'minimum-21-and-over': BAND_NAMES['21-and-over'],
  'minimum-18-to-20': BAND_NAMES['18-to-20'],
  'minimum-16-to-17': BAND_NAMES['16-to-17'],
  'minimum-apprentice': BAND_NAMES.apprentice,
  'rlw-uk': 'Real Living Wage, UK',
  'rlw-london': 'Real Living Wage, London',
};

/** A rate the employer added: from a date, an amount, where they read it. */
export interface UserRate {
  id: string;
  series: RateSeries;
  from: string;
  amountPence: number;
  source: string;
  addedAt: string;
}

export interface SeriesRow {
  series: RateSeries;
  from: string;
  amountPence: number;
  source: string;
  /** True for a row the employer added ("yours" wherever it is shown). */
  userAdded: boolean;
  id?: string;
}

export const bandSeries = (band: MinimumWageBand): RateSeries => `minimum-${band}`;

function builtIns(): Map<RateSeries, SeriesRow[]> {
  const map = new Map<RateSeries, SeriesRow[]>(RATE_SERIES.map((s) => [s, []]));
  for (const row of MINIMUM_WAGE) {
    for (const band of MINIMUM_WAGE_BANDS) {
      map.get(bandSeries(band))!.push({ series: bandSeries(band), from: row.from, amountPence: row.value.rates[band], source: row.source, userAdded: false });
    }
  }
  for (const row of REAL_LIVING_WAGE) {
    map.get('rlw-uk')!.push({ series: 'rlw-uk', from: row.from, amountPence: row.value.uk, source: row.source, userAdded: false });
    map.get('rlw-london')!.push({ series: 'rlw-london', from: row.from, amountPence: row.value.london, source: row.source, userAdded: false });
  }
  return map;
}
const BUILT_IN = builtIns();

/** Every built-in row, series by series, oldest first. */
export function builtInRows(): SeriesRow[] {
  return RATE_SERIES.flatMap((s) => BUILT_IN.get(s)!);
}

/** One series with the user's rows merged in, oldest first (a user row after a built-in one of the same date). */
export function seriesRows(series: RateSeries, userRates: readonly UserRate[]): SeriesRow[] {
  const mine = userRates
    .filter((r) => r.series === series)
    .map((r): SeriesRow => ({ series, from: r.from, amountPence: r.amountPence, source: r.source, userAdded: true, id: r.id }));
  if (mine.length === 0) return BUILT_IN.get(series)!;
  return [...BUILT_IN.get(series)!, ...mine].sort((a, b) => (a.from === b.from ? Number(a.userAdded) - Number(b.userAdded) : a.from < b.from ? -1 : 1));
}

/** The row in force on `date`, or undefined before the first. */
export function rateOn(series: RateSeries, date: string, userRates: readonly UserRate[]): SeriesRow | undefined {
  let found: SeriesRow | undefined;
  for (const row of seriesRows(series, userRates)) {
    if (row.from <= date) found = row;
    else break;
  }
  return found;
}
