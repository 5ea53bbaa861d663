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

/**
 * Holiday: 5.6 weeks (capped at 28 days); 12.07% accrual for irregular hours from 1 April 2024.
 * Back to the Working Time Regulations' start, so a PA employed since 2005 has a working
 * Contract tab. Before 1 October 2007 no day cap existed, but 4 weeks of a 7-day week is 28
 * days, so the cap of 28 never changes an answer there. A leave year straddling a change got
 * a proportion of the new weeks (WTR reg 13(2) as made, reg 13A(2)(b),(d)); Carebook takes the
 * figure in force on the day the terms start.
 */
export const HOLIDAY: readonly Dated<{ weeks: number; capDays: number; accrualPercent: number | null }>[] = [
  { from: '1998-10-01', value: { weeks: 3, capDays: 28, accrualPercent: null }, source: 'WTR 1998 (SI 1998/1833) reg 13(2)(a) as made, in force 1 Oct 1998; REFERENCE §1.8 [67]' },
  { from: '1999-11-24', value: { weeks: 4, capDays: 28, accrualPercent: null }, source: 'WTR 1998 reg 13(2)(c) as made; reg 13(1) as substituted by SI 2001/3256 reg 2; REFERENCE §1.8 [67]' },
  { from: '2007-10-01', value: { weeks: 4.8, capDays: 28, accrualPercent: null }, source: 'WTR reg 13A(2)(a),(3) inserted by SI 2007/2079 reg 2; REFERENCE §1.8 [67]' },
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
