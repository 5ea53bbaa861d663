import type { Dated } from './dated.js';

/**
 * Employment law facts for England, from shared/domain/REFERENCE.md §0 and §1. Dated so a
 * change in the law is a new row, not an edit to the rules that use it.
 */

/** When the written statement of employment particulars must be given (ERA 1996 s.1). */
export const STATEMENT_DEADLINE: readonly Dated<{ by: 'first-day' } | { by: 'within-months'; months: number }>[] = [
  { from: '1996-08-22', value: { by: 'within-months', months: 2 }, source: 'REFERENCE §1.2 [9][10]' },
  { from: '2020-04-06', value: { by: 'first-day' }, source: 'REFERENCE §1.2 [9][10]' },
];

/** Statutory minimum notice (ERA 1996 s.86). */
export const STATUTORY_NOTICE: readonly Dated<{
  /** Service needed before any notice is due. */
  qualifyingMonths: number;
  /** Notice the employer gives once qualified, until `perYearFrom` complete years. */
  firstWeeks: number;
  /** From this many complete years, one week per complete year… */
  perYearFrom: number;
  /** …up to this many weeks. */
  maxWeeks: number;
  /** Notice the worker must give once qualified. */
  workerWeeks: number;
}>[] = [{ from: '1996-08-22', value: { qualifyingMonths: 1, firstWeeks: 1, perYearFrom: 2, maxWeeks: 12, workerWeeks: 1 }, source: 'REFERENCE §1.9 [19]' }];

/** Employer's liability insurance: the legal minimum cover, in pounds. */
export const EL_MINIMUM_COVER_POUNDS: readonly Dated<number>[] = [
  { from: '1972-01-01', value: 5_000_000, source: 'REFERENCE §1.7 [16]' },
];

/** Holiday: 5.6 weeks (capped at 28 days); 12.07% accrual for irregular hours from 1 April 2024. */
export const HOLIDAY: readonly Dated<{ weeks: number; capDays: number; accrualPercent: number | null }>[] = [
  { from: '2009-04-01', value: { weeks: 5.6, capDays: 28, accrualPercent: null }, source: 'REFERENCE §1.8 [17]' },
  { from: '2024-04-01', value: { weeks: 5.6, capDays: 28, accrualPercent: 12.07 }, source: 'REFERENCE §1.8 [17]' },
];

/** DBS Update Service: join within this many days of the certificate's issue date. */
export const DBS_UPDATE_SERVICE_JOIN_DAYS: readonly Dated<number>[] = [
  { from: '2013-06-17', value: 30, source: 'REFERENCE §1.4 [13]' },
];

/** Unfair dismissal qualifying period (Employment Rights Act 2025 cuts it to 6 months). */
export const UNFAIR_DISMISSAL_QUALIFYING_MONTHS: readonly Dated<number>[] = [
  { from: '2012-04-06', value: 24, source: 'REFERENCE §1.6 [15]' },
  { from: '2027-01-01', value: 6, source: 'REFERENCE §1.6 [15]' },
];
