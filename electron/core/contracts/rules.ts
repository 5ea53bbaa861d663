import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDate } from 'date-fns/getDate';
import { lightFormat } from 'date-fns/lightFormat';
import type { ContractFacts, ContractTerms } from '../../shared/api/index.js';
import { valueOn } from '../../shared/reference/dated.js';
import { HOLIDAY, STATEMENT_DEADLINE, STATUTORY_NOTICE } from '../../shared/reference/employment.js';

/**
 * Pure rules for the written statement: service, notice, probation, the statement deadline and
 * holiday. Dates are YYYY-MM-DD strings; every figure comes from the dated reference tables.
 * Arithmetic is on local-midnight Dates (date-fns), which is safe for whole days and months.
 */

/** 'YYYY-MM-DD' → a local-midnight Date. */
export function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function toIso(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/**
 * The last day of a period of `months` months that starts on (and includes) `start`.
 *
 * Usually the day before the date `months` later: a 3-month period from 5 January ends on
 * 4 April, so the person is out of it from 5 April. When that later date does not exist (a
 * month from 31 January: there is no 31 February) date-fns stops at the last day of the short
 * month, and the period runs to the end of that month (28 or 29 February) rather than a day
 * before it; otherwise starts on 28, 29, 30 and 31 January would all end on 27 February.
 */
export function periodLastDay(start: string, months: number): string {
  const from = toDate(start);
  const later = addMonths(from, months);
  const clamped = getDate(later) !== getDate(from);
  return toIso(clamped ? later : addDays(later, -1));
}

/**
 * Complete months of service on `on`, counting from `start` (the first day worked). A month
 * counts once its last day (see periodLastDay) is before `on`: on 5 February someone who started
 * on 5 January has one complete month; on 4 February they do not yet.
 */
export function completeMonths(start: string, on: string): number {
  if (on <= start) return 0;
  const a = toDate(start);
  const b = toDate(on);
  // A first guess from the calendar, then step to the exact answer (at most a step or two).
  let n = Math.max(0, (b.getFullYear() - a.getFullYear()) * 12 + (b.getMonth() - a.getMonth()));
  while (n > 0 && periodLastDay(start, n) >= on) n--;
  while (periodLastDay(start, n + 1) < on) n++;
  return n;
}

/** Complete years and months of service on `on`. */
export function completeService(start: string, on: string): { years: number; months: number } {
  const n = completeMonths(start, on);
  return { years: Math.floor(n / 12), months: n % 12 };
}

function noticeRules(on: string) {
  const rules = valueOn(STATUTORY_NOTICE, on);
  if (!rules) throw new Error(`No statutory notice rules for ${on}`);
  return rules;
}

/** The least notice an employer must give (ERA 1996 s.86), for service from `start` on `on`. */
export function statutoryEmployerNoticeWeeks(start: string, on: string): number {
  const rules = noticeRules(on);
  const months = completeMonths(start, on);
  if (months < rules.qualifyingMonths) return 0;
  const years = Math.floor(months / 12);
  if (years < rules.perYearFrom) return rules.firstWeeks;
  return Math.min(years, rules.maxWeeks);
}

/** The least notice a worker must give once they qualify. */
export function statutoryWorkerNoticeWeeks(start: string, on: string): number {
  const rules = noticeRules(on);
  return completeMonths(start, on) < rules.qualifyingMonths ? 0 : rules.workerWeeks;
}

/** Contract notice can be longer than the law's minimum, never shorter: the longer one applies. */
export function effectiveNoticeWeeks(contractWeeks: number, statutoryWeeks: number): number {
  return Math.max(contractWeeks, statutoryWeeks);
}

/** The last day of probation, or '' when there is none. */
export function probationEndsOn(start: string, probationMonths: number): string {
  return probationMonths > 0 ? periodLastDay(start, probationMonths) : '';
}

/** The last day the first written statement may be given, by the rule in force on the start date. */
export function statementDueBy(start: string): string {
  const rule = valueOn(STATEMENT_DEADLINE, start);
  if (!rule || rule.by === 'first-day') return start;
  return periodLastDay(start, rule.months);
}

/** Given after the deadline, or not given and the deadline has passed. */
export function statementLate(dueBy: string, issuedOn: string, today: string): boolean {
  return issuedOn ? issuedOn > dueBy : today > dueBy;
}

function holidayRules(appliesFrom: string) {
  const rules = valueOn(HOLIDAY, appliesFrom);
  if (!rules) throw new Error(`No holiday rules for ${appliesFrom}`);
  return rules;
}

/**
 * Days of holiday a year for the `weeks` method: 5.6 weeks of the days worked, capped. Decimals
 * are kept (16.8 days for 3 days a week), rounded to 2 places only to drop floating-point noise.
 */
export function holidayDaysPerYear(daysPerWeek: number, appliesFrom: string): number {
  const rules = holidayRules(appliesFrom);
  return Math.round(Math.min(rules.weeks * daysPerWeek, rules.capDays) * 100) / 100;
}

/** The accrual rate for irregular hours, or null when the law did not allow it on that date. */
export function holidayAccrualPercent(appliesFrom: string): number | null {
  return holidayRules(appliesFrom).accrualPercent;
}

/** The first date Carebook has holiday rules for (the Working Time Regulations' start), from the reference table. */
export function holidayRulesFrom(): string {
  return HOLIDAY[0]?.from ?? '';
}

/** The first date accrual was allowed, from the reference table (for messages). */
export function accrualAllowedFrom(): string {
  return HOLIDAY.find((row) => row.value.accrualPercent !== null)?.from ?? '';
}

/**
 * What the rules say about a version's terms, on `today`. `startDate` is the PA's first day
 * (their record's start date, or the first version's date when that is not recorded);
 * `firstIssuedOn` is when the first statement was given ('' if not yet).
 */
export function contractFacts(
  terms: Pick<
    ContractTerms,
    'appliesFrom' | 'continuousEmploymentFrom' | 'employerNoticeWeeks' | 'workerNoticeWeeks' | 'probationMonths' | 'holidayMethod' | 'daysPerWeek'
  >,
  startDate: string,
  firstIssuedOn: string,
  today: string,
): ContractFacts {
  // Notice and service run from the start of continuous employment (which may be earlier).
  const serviceFrom = terms.continuousEmploymentFrom || startDate;
  const statutoryEmployerNotice = statutoryEmployerNoticeWeeks(serviceFrom, today);
  const statutoryWorkerNotice = statutoryWorkerNoticeWeeks(serviceFrom, today);
  const dueBy = statementDueBy(startDate);
  const weeks = terms.holidayMethod === 'weeks';
  return {
    service: completeService(serviceFrom, today),
    statutoryEmployerNoticeWeeks: statutoryEmployerNotice,
    statutoryWorkerNoticeWeeks: statutoryWorkerNotice,
    employerNoticeWeeks: effectiveNoticeWeeks(terms.employerNoticeWeeks, statutoryEmployerNotice),
    workerNoticeWeeks: effectiveNoticeWeeks(terms.workerNoticeWeeks, statutoryWorkerNotice),
    probationEndsOn: probationEndsOn(startDate, terms.probationMonths),
    statementDueBy: dueBy,
    statementLate: statementLate(dueBy, firstIssuedOn, today),
    holidayDaysPerYear: weeks ? holidayDaysPerYear(terms.daysPerWeek, terms.appliesFrom) : null,
    holidayAccrualPercent: weeks ? null : holidayAccrualPercent(terms.appliesFrom),
  };
}

