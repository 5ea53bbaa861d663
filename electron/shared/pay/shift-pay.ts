import type { PayRateTerms, ShiftKind } from '../api/pay.js';
import { isBankHoliday } from '../reference/bank-holidays.js';
import { weekdayIndex } from './shift-time.js';

/**
 * What a shift earns and how much of it is working time for the minimum wage (REFERENCE §2.3):
 *
 * - work, training, travel between visits and waking nights count in full (less the break);
 * - a sleep-in counts only for the time awake for the purpose of working (Mencap, reg 32(2));
 *   the flat amount a night is pay, not hours;
 * - on call at home counts only while working (reg 32(1)); the flat amount a shift is pay.
 *
 * Weekend and bank holiday enhancements apply to work and training hours; the part above the
 * standard rate is shown as the enhancement.
 */
export type RateParts = Pick<PayRateTerms, 'standardPence' | 'weekendPence' | 'bankHolidayPence' | 'wakingNightPence' | 'sleepInPence' | 'travelPence' | 'onCallPence'>;

export interface ShiftFacts {
  date: string;
  kind: ShiftKind;
  /** From start to end, less the break. */
  minutes: number;
  workedMinutes: number;
}

export interface ShiftPay {
  workingMinutes: number;
  grossPence: number;
  enhancementPence: number;
}

/** Minutes that count as working time for the minimum wage. */
export function workingMinutes(shift: ShiftFacts): number {
  return shift.kind === 'sleep-in' || shift.kind === 'on-call' ? Math.min(shift.workedMinutes, shift.minutes) : shift.minutes;
}

const hoursAt = (minutes: number, pencePerHour: number) => (minutes * pencePerHour) / 60;

export function shiftPay(shift: ShiftFacts, rate: RateParts): ShiftPay {
  const working = workingMinutes(shift);
  const standard = rate.standardPence;
  let gross = 0;
  let enhancement = 0;
  switch (shift.kind) {
    case 'work':
    case 'training': {
      const hourly = isBankHoliday(shift.date) && rate.bankHolidayPence > 0 ? rate.bankHolidayPence : weekdayIndex(shift.date) >= 5 && rate.weekendPence > 0 ? rate.weekendPence : standard;
      gross = hoursAt(shift.minutes, hourly);
      enhancement = hoursAt(shift.minutes, Math.max(0, hourly - standard));
      break;
    }
    case 'travel':
      gross = hoursAt(shift.minutes, rate.travelPence || standard);
      break;
    case 'waking-night':
      gross = hoursAt(shift.minutes, rate.wakingNightPence || standard);
      break;
    case 'sleep-in':
      gross = rate.sleepInPence + hoursAt(working, standard);
      break;
    case 'on-call':
      gross = rate.onCallPence + hoursAt(working, standard);
      break;
  }
  return { workingMinutes: working, grossPence: Math.round(gross), enhancementPence: Math.round(enhancement) };
}
