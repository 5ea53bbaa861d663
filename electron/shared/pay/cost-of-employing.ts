import type { PayFrequency } from '../api/pay.js';
import { dateInWords } from '../dates.js';
import { pence } from '../money.js';
import { ageOn } from '../people/age.js';
import { valueOn } from '../reference/dated.js';
import { HOLIDAY } from '../reference/employment.js';
import { AUTO_ENROLMENT, EMPLOYER_NI, EMPLOYMENT_ALLOWANCE } from '../reference/pay-rates.js';

/**
 * What each PA really costs for a pay period, beside the council's hourly rate (REFERENCE §1.8,
 * §1.11, §2.4). Pure: the pay period's gross pay and hours in, the dated reference rows looked
 * up by the period's last day (the payday falls at or after it, and NI and pensions follow the
 * tax year of the payday). An estimate for a budget, not payroll: the payroll service works out
 * what is really deducted and paid.
 */

export const PERIODS_A_YEAR: Record<PayFrequency, number> = { weekly: 52, fortnightly: 26, 'four-weekly': 13, monthly: 12 };
/** How often the employer pays the payroll service (the settings form's choices). */
export const PAYROLL_FEE_PER = ['year', 'month', 'four-weeks', 'week'] as const;
export type PayrollFeePer = (typeof PAYROLL_FEE_PER)[number];

/** What the reckoning needs from the employer's cost settings (api/pay-cost.ts's CostSettings fits it). */
export interface CostSettings {
  councilHourlyPence: number;
  insuranceYearPence: number;
  payrollFeePence: number;
  payrollFeePer: PayrollFeePer;
  claimsAllowance: 'yes' | 'no';
  pensionPercent: number;
}

const FEE_TIMES_A_YEAR: Record<PayrollFeePer, number> = { year: 1, month: 12, 'four-weeks': 13, week: 52 };

export interface PaPeriodPay {
  workerId: string;
  fullName: string;
  frequency: PayFrequency;
  start: string;
  end: string;
  grossPence: number;
  /** Minutes that count as working time (REFERENCE §2.3): the hours the cost is shared over. */
  workingMinutes: number;
  /** '' when not recorded. */
  dateOfBirth: string;
  /** '' unless an apprentice. */
  apprenticeSince: string;
}

export interface PaCost {
  workerId: string;
  fullName: string;
  frequency: PayFrequency;
  start: string;
  end: string;
  workingMinutes: number;
  grossPence: number;
  holidayPence: number;
  /** Employer NI before the Employment Allowance. */
  niPence: number;
  /** What the Employment Allowance takes off it (0 when not claimed). */
  allowancePence: number;
  pensionPence: number;
  insurancePence: number;
  feesPence: number;
  totalPence: number;
  /** Total ÷ hours worked, pence an hour; null with no hours worked. */
  hourlyPence: number | null;
  /** Council's rate less the hourly cost; null when either is not known. */
  gapPence: number | null;
  holidayWords: string;
  niWords: string;
  pensionWords: string;
  gapWords: string;
}

/** An annual figure for one pay period: annual ÷ periods, to the nearest pound (HMRC's £96 a week and £417 a month; TPR's £192 and £833 triggers). */
export function perPeriod(annualPence: number, frequency: PayFrequency): number {
  return Math.round(annualPence / PERIODS_A_YEAR[frequency] / 100) * 100;
}

const pounds = (p: number) => pence(p).replace(/\.00$/, '');

/** Holiday as a share of pay for hours worked: 5.6 weeks ÷ (52 − 5.6) = 12.07% (REFERENCE §1.8). */
export function holidayShare(date: string): number {
  const row = valueOn(HOLIDAY, date);
  if (!row) return 0;
  return row.accrualPercent !== null ? row.accrualPercent / 100 : row.weeks / (52 - row.weeks);
}

function employerNi(p: PaPeriodPay, age: number | null, earnings: number): { ni: number; niWords: string } {
  const row = valueOn(EMPLOYER_NI, p.end);
  if (!row) return { ni: 0, niWords: 'No employer National Insurance figures are known for this date.' };
  const threshold = perPeriod(row.thresholdPerYear, p.frequency);
  const apprentice = p.apprenticeSince !== '' && p.apprenticeSince <= p.end;
  // Under 21, and apprentices under 25, pay no employer NI up to the upper secondary threshold (REFERENCE §2.4).
  const young = row.under21UpperPerYear > 0 && age !== null && (age < 21 || (apprentice && age < 25));
  const free = young ? Math.max(threshold, perPeriod(row.under21UpperPerYear, p.frequency)) : threshold;
  const ni = Math.round((Math.max(0, earnings - free) * row.ratePercent) / 100);
  const who = young ? (age! < 21 ? 'They are under 21: ' : 'They are an apprentice under 25: ') : '';
  const niWords =
    ni === 0
      ? `${who}no employer National Insurance: pay of ${pence(earnings)} is not over ${pounds(free)} for the period.`
      : `${who}${row.ratePercent}% of pay over ${pounds(free)} for the period.`;
  return { ni, niWords };
}

function pension(p: PaPeriodPay, age: number | null, earnings: number, settings: CostSettings): { pension: number; pensionWords: string } {
  const row = valueOn(AUTO_ENROLMENT, p.end);
  if (!row) return { pension: 0, pensionWords: 'No pension figures are known for this date.' };
  const trigger = perPeriod(row.triggerPerYear, p.frequency);
  const lower = perPeriod(row.qualifyingLowerPerYear, p.frequency);
  const upper = perPeriod(row.qualifyingUpperPerYear, p.frequency);
  const percent = settings.pensionPercent > 0 ? settings.pensionPercent : row.employerPercent;
  const ifTheyJoin = earnings > lower ? ` If they ask to join, you pay at least ${row.employerPercent}% of their pay over ${pounds(lower)}.` : '';
  if (age !== null && age < row.fromAge) {
    return { pension: 0, pensionWords: `None: they are under ${row.fromAge} on ${dateInWords(p.end)}, so you need not enrol them.${ifTheyJoin}` };
  }
  if (earnings <= trigger) {
    return { pension: 0, pensionWords: `None: pay of ${pence(earnings)} is not over ${pounds(trigger)}, the earnings trigger for the period, so you need not enrol them.${ifTheyJoin}` };
  }
  const qualifying = Math.min(earnings, upper) - lower;
  const assumed = age === null ? ' Their date of birth is not recorded, so Carebook counts them as 22 or over.' : '';
  return { pension: Math.round((qualifying * percent) / 100), pensionWords: `${percent}% of pay between ${pounds(lower)} and ${pounds(upper)} for the period.${assumed}` };
}

function gap(hourly: number | null, council: number): { gap: number | null; words: string } {
  if (hourly === null) return { gap: null, words: 'No hours worked in this period.' };
  const diff = council - hourly;
  if (diff > 0) return { gap: diff, words: `${pence(diff)} an hour under the council’s rate of ${pence(council)}: the direct payment covers it.` };
  if (diff < 0) return { gap: diff, words: `${pence(-diff)} an hour over the council’s rate of ${pence(council)}: the direct payment does not cover this PA’s full cost.` };
  return { gap: 0, words: `The same as the council’s rate of ${pence(council)}.` };
}

/** A period's figure as a year's, for a PA with one or more periods here: their average period × periods a year. */
function yearly(periods: readonly PaPeriodPay[], value: (p: PaPeriodPay, i: number) => number): number {
  const byPa = new Map<string, { sum: number; n: number; frequency: PayFrequency }>();
  periods.forEach((p, i) => {
    const a = byPa.get(p.workerId) ?? { sum: 0, n: 0, frequency: p.frequency };
    a.sum += value(p, i);
    a.n += 1;
    byPa.set(p.workerId, a);
  });
  let total = 0;
  for (const a of byPa.values()) total += (a.sum / a.n) * PERIODS_A_YEAR[a.frequency];
  return total;
}

/**
 * Every PA's full cost for the periods given (one or more a PA). The Employment Allowance, the
 * insurance and the payroll fees are the employer's, not one PA's, so they are shared out here:
 * - the allowance (a year's, up to the year's NI) is spread evenly over the year: each period's NI
 *   is cut by the share of a year's NI the allowance covers, a year's NI reckoned as if every
 *   period were like these (payroll really uses it up from April until it runs out);
 * - insurance and fees are shared per hour worked, a year's hours reckoned the same way.
 */
export function costOfEmploying(periods: readonly PaPeriodPay[], settings: CostSettings, date: string): { pas: PaCost[]; allowanceWords: string } {
  const base = periods.map((p) => {
    const share = holidayShare(p.end);
    const holiday = Math.round(p.grossPence * share);
    // Holiday pay is pay: NI and pension are on it as well (spread over the hours worked like the holiday).
    const earnings = p.grossPence + holiday;
    // Age on the last day: HMRC and the Pensions Regulator look at the age on payday.
    const age = ageOn(p.dateOfBirth, p.end);
    return { p, share, holiday, earnings, ...employerNi(p, age, earnings), ...pension(p, age, earnings, settings) };
  });

  const allowanceYear = settings.claimsAllowance === 'yes' ? (valueOn(EMPLOYMENT_ALLOWANCE, date) ?? 0) : 0;
  const niYear = yearly(periods, (_p, i) => base[i]!.ni);
  const covered = niYear > 0 ? Math.min(1, allowanceYear / niYear) : 0;
  let allowanceWords: string;
  if (settings.claimsAllowance === 'no') allowanceWords = 'You do not claim the Employment Allowance, so employer National Insurance is counted in full.';
  else if (niYear === 0) allowanceWords = 'You claim the Employment Allowance; there is no employer National Insurance for it to take off.';
  else if (covered >= 1) allowanceWords = `You claim the Employment Allowance (up to ${pounds(allowanceYear)} a year). A year like this would have about ${pounds(Math.round(niYear))} of employer National Insurance, so the allowance covers all of it.`;
  else allowanceWords = `You claim the Employment Allowance (up to ${pounds(allowanceYear)} a year). A year like this would have about ${pounds(Math.round(niYear))} of employer National Insurance, so the allowance covers ${Math.floor(covered * 100)}% of it; Carebook spreads it evenly over the year.`;

  const feesYear = settings.payrollFeePence * FEE_TIMES_A_YEAR[settings.payrollFeePer];
  const minutesYear = yearly(periods, (p) => p.workingMinutes);
  const insurancePerMinute = minutesYear > 0 ? settings.insuranceYearPence / minutesYear : 0;
  const feesPerMinute = minutesYear > 0 ? feesYear / minutesYear : 0;

  const pas = base.map(({ p, share, holiday, ni, niWords, pension: pensionPence, pensionWords }) => {
    const allowance = Math.round(ni * covered);
    const insurance = Math.round(insurancePerMinute * p.workingMinutes);
    const fees = Math.round(feesPerMinute * p.workingMinutes);
    const total = p.grossPence + holiday + ni - allowance + pensionPence + insurance + fees;
    const hourly = p.workingMinutes > 0 ? Math.round((total * 60) / p.workingMinutes) : null;
    const g = gap(hourly, settings.councilHourlyPence);
    return {
      workerId: p.workerId,
      fullName: p.fullName,
      frequency: p.frequency,
      start: p.start,
      end: p.end,
      workingMinutes: p.workingMinutes,
      grossPence: p.grossPence,
      holidayPence: holiday,
      niPence: ni,
      allowancePence: allowance,
      pensionPence,
      insurancePence: insurance,
      feesPence: fees,
      totalPence: total,
      hourlyPence: hourly,
      gapPence: g.gap,
      holidayWords: `${(share * 100).toFixed(2)}% of pay: ${valueOn(HOLIDAY, p.end)?.weeks ?? 0} weeks of paid holiday a year, spread over the weeks they work.`,
      niWords,
      pensionWords,
      gapWords: g.words,
    };
  });
  return { pas, allowanceWords };
}
