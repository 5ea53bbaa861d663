import { z } from 'zod';
import { RATE_SERIES, type RateSeries, type SeriesRow } from '../pay/rate-series.js';
import type { ComingChange, FairPay } from '../pay/fair-pay.js';
import { isoDate, nothing, optionalDate, optionalText, recordId, requiredText, wholeNumber } from './fields.js';
import { method } from './method.js';
import type { PAY_FREQUENCIES } from './contracts.js';

/**
 * Pay and hours (REFERENCE §2): the rates the employer compares pay with (built in, and newer
 * ones they add), each PA's pay rates from a date, their shifts, and each pay period's summary
 * with the minimum-wage check, for the payroll service. Payroll itself (PAYE, NI deductions,
 * RTI) stays with the payroll service. Money is whole pence; times of day are HH:MM in England.
 */

// ——— Reference rates (Settings → Rates) ———

export const addReferenceRateSchema = z
  .object({
    series: z.enum(RATE_SERIES, { error: 'Choose which rate this is' }).meta({ title: 'Which rate' }),
    from: isoDate('Date it starts'),
    amountPence: wholeNumber('Amount an hour', 1, 100_000),
    source: requiredText('Where you read it', 300),
  })
  .strict();
export type AddReferenceRate = z.output<typeof addReferenceRateSchema>;

/** A fact that is shown with its source but not compared with a rate (NI, allowance, pensions). */
export interface ReferenceFact {
  name: string;
  from: string;
  value: string;
  source: string;
}

export interface ReferenceRates {
  /** Every series, oldest first within each, the user's rows marked. */
  series: { series: RateSeries; name: string; rows: SeriesRow[] }[];
  facts: ReferenceFact[];
  /** The 1 April that has begun with no legal minimum known for it, or null. */
  aprilWithNoKnownMinimum: string | null;
  realLivingWageMayBeOutOfDate: boolean;
}

// ——— A PA's pay rates ———

export const PAY_RATE_REASONS = ['starting', 'annual-review', 'progression', 'new-duties', 'correction'] as const;
export type PayRateReason = (typeof PAY_RATE_REASONS)[number];

const pencePer = (label: string) => wholeNumber(label, 0, 100_000);

export const payRateSchema = z
  .object({
    workerId: recordId('PA'),
    appliesFrom: isoDate('Date this rate starts'),
    reason: z.enum(PAY_RATE_REASONS, { error: 'Choose why the rate is changing' }).meta({ title: 'Why' }),
    /** Pence an hour. */
    standardPence: wholeNumber('Standard hourly rate', 1, 100_000),
    /** Enhancements, pence an hour; 0 when there is none (the standard rate is paid). */
    weekendPence: pencePer('Weekend hourly rate'),
    bankHolidayPence: pencePer('Bank holiday hourly rate'),
    /** Waking night, pence an hour; 0: the standard rate. */
    wakingNightPence: pencePer('Waking night hourly rate'),
    /** Sleep-in, a flat amount a night. */
    sleepInPence: pencePer('Sleep-in, a night'),
    /** Travel between visits, pence an hour; 0: the standard rate. */
    travelPence: pencePer('Travel time hourly rate'),
    /** On call at home, a flat amount a shift (time called out to work is paid at the standard rate). */
    onCallPence: pencePer('On call at home, a shift'),
    /** '' unless they are an apprentice. */
    apprenticeSince: optionalDate('Date their apprenticeship started'),
    note: optionalText('Note', 500),
  })
  .strict();
export type PayRateTerms = z.output<typeof payRateSchema>;

export interface PayRate extends PayRateTerms {
  id: string;
  createdAt: string;
  /** Where the row comes from: a pay rate saved here, or the hourly rate of a contract version. */
  from: 'pay' | 'contract';
}

export interface PayRateWithCheck extends PayRate {
  /** The check on the day it starts. */
  check: FairPay;
}

export interface WorkerPay {
  /** Newest first. */
  rates: PayRateWithCheck[];
  /** The rate that applies today, checked today. */
  today: { rate: PayRate; check: FairPay } | null;
  /** Ahead: a birthday or April when this rate falls under the minimum. */
  coming: ComingChange[];
  /** The legal minimum and Real Living Wage for them from the first rate's date to a year ahead, for the chart. */
  lines: { date: string; minimumPence: number | null; realLivingWagePence: number | null; ratePence: number | null }[];
  wageArea: 'london' | 'elsewhere' | null;
}

export const checkRateSchema = z
  .object({
    workerId: recordId('PA'),
    ratePence: wholeNumber('Hourly rate', 1, 100_000),
    date: isoDate('Date'),
    hoursPerWeek: z.number().min(0).max(100).default(0),
  })
  .strict();

// ——— Shifts ———

export const SHIFT_KINDS = ['work', 'travel', 'sleep-in', 'waking-night', 'on-call', 'training'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

const timeOfDay = (label: string) =>
  z
    .string({ error: `Enter the ${label.toLowerCase()}` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time on a 24-hour clock, like 09:00 or 22:30` })
    .meta({ title: label });

const shiftShape = {
  date: isoDate('Date the shift starts'),
  start: timeOfDay('Start time'),
  end: timeOfDay('End time'),
  breakMinutes: wholeNumber('Unpaid break, in minutes', 0, 600),
  kind: z.enum(SHIFT_KINDS, { error: 'Choose what kind of shift it is' }).meta({ title: 'Kind of shift' }),
  /** Sleep-in and on call: minutes awake or called out for the purpose of working (they count for the minimum wage). */
  workedMinutes: wholeNumber('Time spent working, in minutes', 0, 1440).default(0),
  note: optionalText('Note', 300),
};

export const shiftSchema = z.object({ workerId: recordId('PA'), ...shiftShape }).strict();
export type ShiftInput = z.output<typeof shiftSchema>;

export interface Shift extends ShiftInput {
  id: string;
  /** ISO UTC instants, from the times in England. */
  startsAt: string;
  endsAt: string;
  /** Minutes from start to end, less the break (23- and 25-hour nights counted as they are). */
  minutes: number;
  createdAt: string;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const patternSchema = z
  .object({
    workerId: recordId('PA'),
    from: isoDate('First day to fill'),
    to: isoDate('Last day to fill'),
    shifts: z
      .array(z.object({ weekday: z.enum(WEEKDAYS, { error: 'Choose a day of the week' }), ...shiftShape, date: z.undefined().optional() }).strict())
      .min(1, { error: 'Add at least one shift to the pattern' })
      .max(50, { error: 'A pattern can have at most 50 shifts a week' }),
  })
  .strict()
  .refine((p) => p.to >= p.from, { error: 'The last day to fill must be on or after the first', path: ['to'] });
export type PatternInput = z.output<typeof patternSchema>;

// ——— Pay periods ———

export type PayFrequency = (typeof PAY_FREQUENCIES)[number];

export interface KindTotals {
  kind: ShiftKind;
  shifts: number;
  /** Minutes on the rota (less breaks). */
  minutes: number;
  /** Minutes that count as working time for the minimum wage (REFERENCE §2.3). */
  workingMinutes: number;
  /** Pay for them, pence (flat sleep-in and on-call amounts included). */
  grossPence: number;
}

export interface PeriodProblem {
  /** `under-minimum`: unlawful; `no-rate`: a shift with no pay rate; `no-shifts`: a past period with no timesheet. */
  kind: 'under-minimum' | 'no-rate' | 'no-shifts' | 'unknown-minimum';
  text: string;
}

export interface PeriodSummary {
  workerId: string;
  fullName: string;
  frequency: PayFrequency;
  start: string;
  end: string;
  byKind: KindTotals[];
  shifts: number;
  minutes: number;
  workingMinutes: number;
  grossPence: number;
  /** Of the gross: what weekend and bank holiday enhancements added. */
  enhancementPence: number;
  /** Gross ÷ working hours, pence an hour (0 with no working time). */
  averagePence: number;
  minimum: { ratePence: number; name: string; band: string; userAdded: boolean; source: string } | null;
  problems: PeriodProblem[];
}

const periodInput = z
  .object({
    /** Any day in the period: each PA's own period that holds this day. */
    date: isoDate('A day in the pay period'),
    workerId: recordId('PA').optional(),
  })
  .strict();

export const payApi = {
  'pay.referenceRates': method(nothing).reads<ReferenceRates>(),
  'pay.addReferenceRate': method(addReferenceRateSchema).writes<SeriesRow>(),
  'pay.rates': method(z.object({ workerId: recordId('PA') }).strict()).reads<WorkerPay>(),
  'pay.saveRate': method(payRateSchema).writes<PayRate>(),
  /** The fair-pay check for a rate that is not saved yet (the contract form). */
  'pay.checkRate': method(checkRateSchema).reads<FairPay>(),
  'pay.shifts': method(z.object({ workerId: recordId('PA'), from: isoDate('From'), to: isoDate('To') }).strict()).reads<Shift[]>(),
  'pay.addShift': method(shiftSchema).writes<Shift>(),
  'pay.deleteShift': method(z.object({ shiftId: recordId('Shift') }).strict()).writes<{ deleted: true }>(),
  'pay.fillFromPattern': method(patternSchema).writes<{ added: number }>(),
  'pay.summary': method(periodInput).reads<{ periods: PeriodSummary[] }>(),
  'pay.payrollCsv': method(periodInput).readsFile<{ fileName: string; csv: string }>(),
  'pay.timesheet': method(z.object({ workerId: recordId('PA'), date: isoDate('A day in the pay period') }).strict()).readsFile<{ fileName: string; pdfBase64: string }>(),
} as const;
