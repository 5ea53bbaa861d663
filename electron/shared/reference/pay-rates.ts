import type { Dated } from './dated.js';

/**
 * Pay floors and payroll figures for England, from shared/domain/REFERENCE.md §0, §1.11 and §2
 * (the numbers in brackets are its sources). Money in whole pence. A new April is a new row;
 * rates the employer reads somewhere newer are added in the book (Settings → Rates) and
 * override these only from their own date (see electron/shared/pay/rate-series.ts).
 *
 * Not loaded on purpose: April 2027 minimum wage rates. REFERENCE §2.1 found only one
 * uncorroborated third-party listing and says not to load them until gov.uk confirms them.
 * The Real Living Wage for 2026-27 was not announced in the stored sources.
 */

/** The legal minimum bands (NMW Regulations 2015). The apprentice rate is a band of its own. */
export const MINIMUM_WAGE_BANDS = ['21-and-over', '18-to-20', '16-to-17', 'apprentice'] as const;
export type MinimumWageBand = (typeof MINIMUM_WAGE_BANDS)[number];

export const BAND_NAMES: Record<MinimumWageBand, string> = {
  '21-and-over': 'National Living Wage (21 and over)',
  '18-to-20': 'Minimum wage, 18 to 20',
  '16-to-17': 'Minimum wage, 16 and 17',
  apprentice: 'Apprentice rate',
};

export interface MinimumWageRow {
  /** Pence an hour, by band. */
  rates: Record<MinimumWageBand, number>;
  /** The youngest age paid the National Living Wage (21 from April 2024; 23 before). */
  nlwAge: number;
  /** Accommodation offset, pence a day. */
  accommodationOffsetPerDay: number;
}

/**
 * In force from 1 April each year, for pay reference periods that start on or after that day
 * (REFERENCE §2.1 [70]: NMW Regulations 2015 reg 4(2)).
 */
export const MINIMUM_WAGE: readonly Dated<MinimumWageRow>[] = [
  {
    from: '2024-04-01',
    value: { rates: { '21-and-over': 1144, '18-to-20': 860, '16-to-17': 640, apprentice: 640 }, nlwAge: 21, accommodationOffsetPerDay: 999 },
    source: 'REFERENCE §2.1 [26]: National Minimum Wage (Amendment) (No. 2) Regulations 2024',
  },
  {
    from: '2025-04-01',
    value: { rates: { '21-and-over': 1221, '18-to-20': 1000, '16-to-17': 755, apprentice: 755 }, nlwAge: 21, accommodationOffsetPerDay: 1066 },
    source: 'REFERENCE §2.1 [27]: GOV.UK, "National Living Wage increases to £12.21"',
  },
  {
    from: '2026-04-01',
    value: { rates: { '21-and-over': 1271, '18-to-20': 1085, '16-to-17': 800, apprentice: 800 }, nlwAge: 21, accommodationOffsetPerDay: 1110 },
    source: 'REFERENCE §2.1 [28][61]: GOV.UK minimum wage rates (announced at the Budget, 26 November 2025)',
  },
];

/** The month and day each year's legal minimum starts, so Home can say when a new April has no known rate. */
export const MINIMUM_WAGE_CHANGES_ON: readonly Dated<{ monthDay: string }>[] = [
  { from: '2016-04-01', value: { monthDay: '04-01' }, source: 'REFERENCE §0 and §2.1 [70]' },
];

/** Under 19, or 19 and over in the first year of the apprenticeship (REFERENCE §2.1). */
export const APPRENTICE_RATE_RULE: readonly Dated<{ underAge: number; firstYearMonths: number }>[] = [
  { from: '2015-10-01', value: { underAge: 19, firstYearMonths: 12 }, source: 'REFERENCE §2.1 (apprentice band)' },
];

/** Under 16 (compulsory school age) there is no legal minimum wage. */
export const MINIMUM_WAGE_FROM_AGE: readonly Dated<number>[] = [{ from: '2015-10-01', value: 16, source: 'REFERENCE §2.1 (16–17 band: over compulsory school age)' }];

export interface RealLivingWageRow {
  /** Pence an hour. */
  uk: number;
  london: number;
  /** "2025-26" */
  year: string;
  /** The Living Wage Foundation's announcement, YYYY-MM-DD: the row applies from then. */
  announcedOn: string;
}

/**
 * The Real Living Wage (Living Wage Foundation; voluntary), dated from its announcement.
 * Accredited employers have about six months to pay it, a pattern, not a rule [30][64].
 */
export const REAL_LIVING_WAGE: readonly Dated<RealLivingWageRow>[] = [
  { from: '2023-10-24', value: { uk: 1200, london: 1315, year: '2023-24', announcedOn: '2023-10-24' }, source: 'REFERENCE §2.2 [32]: Living Wage Foundation, announced 24 October 2023' },
  { from: '2024-10-23', value: { uk: 1260, london: 1385, year: '2024-25', announcedOn: '2024-10-23' }, source: 'REFERENCE §2.2 [30]: Living Wage Foundation, announced 23 October 2024' },
  { from: '2025-10-22', value: { uk: 1345, london: 1480, year: '2025-26', announcedOn: '2025-10-22' }, source: 'REFERENCE §2.2 [31]: Living Wage Foundation, announced 22 October 2025' },
];

/**
 * The next Real Living Wage is normally announced in late October, about a year after the
 * last (23 Oct 2024, 22 Oct 2025). After this many days from the last announcement the
 * comparison says the figure may be out of date.
 */
export const REAL_LIVING_WAGE_STALE_AFTER_DAYS: readonly Dated<number>[] = [
  { from: '2023-10-24', value: 372, source: 'REFERENCE §2.2 [30][31][32] (announced each year in the second half of October)' },
];

export interface EmployerNiRow {
  /** Secondary Class 1 rate, percent. */
  ratePercent: number;
  /** Secondary threshold, pence a year (and the weekly and monthly figures where REFERENCE gives them; 0 when it does not). */
  thresholdPerYear: number;
  thresholdPerWeek: number;
  thresholdPerMonth: number;
  /** Zero-rate upper thresholds for under-21s and for apprentices under 25, pence a year (0 where REFERENCE does not give it). */
  under21UpperPerYear: number;
}

/** Employer (secondary Class 1) National Insurance, from 6 April each tax year. */
export const EMPLOYER_NI: readonly Dated<EmployerNiRow>[] = [
  {
    from: '2024-04-06',
    value: { ratePercent: 13.8, thresholdPerYear: 910_000, thresholdPerWeek: 0, thresholdPerMonth: 0, under21UpperPerYear: 0 },
    source: 'REFERENCE §2.4 [36] (the rate and threshold before 6 April 2025)',
  },
  {
    from: '2025-04-06',
    value: { ratePercent: 15, thresholdPerYear: 500_000, thresholdPerWeek: 9600, thresholdPerMonth: 41_700, under21UpperPerYear: 5_027_000 },
    source: 'REFERENCE §2.4 [36][71]: GOV.UK policy paper, 13 November 2024; unchanged for 2026-27',
  },
];

/** The Employment Allowance: one per employer a year, pence; care and support employers may claim it (REFERENCE §2.4). */
export const EMPLOYMENT_ALLOWANCE: readonly Dated<number>[] = [
  { from: '2024-04-06', value: 500_000, source: 'REFERENCE §2.4 [36] (before 6 April 2025)' },
  { from: '2025-04-06', value: 1_050_000, source: 'REFERENCE §2.4 [36][37][72]; unchanged for 2026-27' },
];

export interface AutoEnrolmentRow {
  /** Earnings trigger, pence a year. */
  triggerPerYear: number;
  /** Qualifying earnings band, pence a year. */
  qualifyingLowerPerYear: number;
  qualifyingUpperPerYear: number;
  /** Minimum contributions on qualifying earnings, percent. */
  employerPercent: number;
  totalPercent: number;
  /** Ages that must be enrolled: from this age to State Pension age. */
  fromAge: number;
}

/** Pension auto-enrolment (REFERENCE §1.11): thresholds frozen for 2024-25, 2025-26 and 2026-27. */
export const AUTO_ENROLMENT: readonly Dated<AutoEnrolmentRow>[] = [
  {
    from: '2024-04-06',
    value: { triggerPerYear: 1_000_000, qualifyingLowerPerYear: 624_000, qualifyingUpperPerYear: 5_027_000, employerPercent: 3, totalPercent: 8, fromAge: 22 },
    source: 'REFERENCE §1.11 [21][73]: frozen for 2024-25 to 2026-27 (HCWS1206, 18 December 2025); 3% employer, 8% total since 6 April 2019',
  },
];
