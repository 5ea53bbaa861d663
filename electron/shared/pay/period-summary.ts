import { SHIFT_KINDS, type KindTotals, type PayFrequency, type PayRate, type PeriodProblem, type PeriodSummary, type ShiftKind } from '../api/pay.js';
import { dateInWords } from '../dates.js';
import { pence } from '../money.js';
import type { Person } from './age-band.js';
import { legalMinimum } from './fair-pay.js';
import type { UserRate } from './rate-series.js';
import { rateOnDate } from './rate-history.js';
import { shiftPay } from './shift-pay.js';
import { minutesInWords } from './shift-time.js';

export interface SummaryShift {
  date: string;
  kind: string;
  minutes: number;
  workedMinutes: number;
}

export interface SummaryInput {
  workerId: string;
  fullName: string;
  frequency: PayFrequency;
  start: string;
  end: string;
  shifts: readonly SummaryShift[];
  /** Oldest first. */
  rates: readonly PayRate[];
  person: Person;
  userRates: readonly UserRate[];
  /** Today: a period that has ended with no shifts is a missing timesheet. */
  today: string;
}

/**
 * One PA's pay reference period: hours and gross pay by kind, and the minimum-wage check on
 * average pay for working time (REFERENCE §2.3): all pay for the period ÷ the hours that count,
 * against the legal minimum for their age on the period's first day, in force on that day.
 */
export function periodSummary(input: SummaryInput): PeriodSummary {
  const totals = new Map<ShiftKind, KindTotals>();
  let gross = 0;
  let enhancement = 0;
  let minutes = 0;
  let working = 0;
  let unrated = 0;
  for (const s of input.shifts) {
    const kind = s.kind as ShiftKind;
    const rate = rateOnDate(input.rates, s.date);
    const t = totals.get(kind) ?? { kind, shifts: 0, minutes: 0, workingMinutes: 0, grossPence: 0 };
    const facts = { date: s.date, kind, minutes: s.minutes, workedMinutes: s.workedMinutes };
    const pay = rate ? shiftPay(facts, rate) : { workingMinutes: shiftPay(facts, ZERO).workingMinutes, grossPence: 0, enhancementPence: 0 };
    if (!rate) unrated++;
    t.shifts++;
    t.minutes += s.minutes;
    t.workingMinutes += pay.workingMinutes;
    t.grossPence += pay.grossPence;
    totals.set(kind, t);
    gross += pay.grossPence;
    enhancement += pay.enhancementPence;
    minutes += s.minutes;
    working += pay.workingMinutes;
  }
  const average = working > 0 ? Math.floor((gross * 60) / working) : 0;
  const problems: PeriodProblem[] = [];
  const min = legalMinimum(input.person, input.start, input.userRates, average);
  if (unrated > 0) problems.push({ kind: 'no-rate', text: `${unrated === 1 ? 'One shift has' : `${unrated} shifts have`} no pay rate: add the rate that applied from ${dateInWords(input.start)} on the Pay tab.` });
  if (input.shifts.length === 0 && input.end < input.today) problems.push({ kind: 'no-shifts', text: `No timesheet for this period: add the shifts worked from ${dateInWords(input.start)} to ${dateInWords(input.end)}, or a note that none were worked.` });
  if ('gapPence' in min) {
    if (working > 0 && unrated === 0 && min.gapPence > 0) {
      problems.push({
        kind: 'under-minimum',
        text: `Below the legal minimum: average pay for working time is ${pence(average)} an hour over ${minutesInWords(working)}, under the ${min.name} of ${pence(min.ratePence)}. Pay at least ${pence(Math.ceil((min.ratePence * working) / 60) - gross)} more for this period.`,
      });
    }
  } else if (min.status === 'unknown' && working > 0) {
    problems.push({ kind: 'unknown-minimum', text: `Carebook does not know the legal minimum on ${dateInWords(input.start)}. Add it in Settings, Rates, so this period can be checked.` });
  }
  return {
    workerId: input.workerId,
    fullName: input.fullName,
    frequency: input.frequency,
    start: input.start,
    end: input.end,
    byKind: SHIFT_KINDS.flatMap((k) => totals.get(k) ?? []),
    shifts: input.shifts.length,
    minutes,
    workingMinutes: working,
    grossPence: gross,
    enhancementPence: enhancement,
    averagePence: average,
    minimum: 'gapPence' in min ? { ratePence: min.ratePence, name: min.name, band: min.band, userAdded: min.userAdded, source: min.source } : null,
    problems,
  };
}

const ZERO = { standardPence: 0, weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 0, travelPence: 0, onCallPence: 0 };
