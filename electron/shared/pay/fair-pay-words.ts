import { dateInWords } from '../dates.js';
import { pence } from '../money.js';
import type { FairPay } from './fair-pay.js';

/** £9.50 → "£9.50"; a gap of 21p → "21p". */
export function gapWords(gapPence: number): string {
  return gapPence < 100 ? `${gapPence}p` : pence(gapPence);
}

/**
 * The refusal (and the warning) for a rate under the legal minimum, naming the rate, the
 * minimum and the gap: "The hourly rate must be at least £12.71, the National Living Wage (21
 * and over) for them on 5 January 2026. £9.50 is £3.21 an hour under it (about £3,338.40 a year)."
 */
export function belowMinimumWords(check: FairPay): string | null {
  const m = check.minimum;
  if (check.status !== 'under' || !m) return null;
  const yearly = m.gapPerYearPence ? ` (about ${pence(m.gapPerYearPence)} a year)` : '';
  const age = m.assumedAdult ? ' If they are under 21, add their date of birth on their Details tab first.' : '';
  return `The hourly rate must be at least ${pence(m.ratePence)}, the ${m.name}${m.userAdded ? ' you added' : ''} for them on ${dateInWords(check.date)}. ${pence(check.ratePence)} is ${gapWords(m.gapPence)} an hour under it${yearly}.${age}`;
}

/** The Real Living Wage beside a rate, as information: never "against the law". */
export function realLivingWageWords(check: FairPay): string | null {
  const r = check.realLivingWage;
  if (!r) return null;
  const stale = r.mayBeOutOfDate ? ' A newer figure may have been announced: check the Living Wage Foundation and add it in Settings, Rates.' : '';
  const mine = r.userAdded ? ' (the figure you added)' : '';
  if (r.gapPence === 0) return `This is at or above the ${r.name} of ${pence(r.ratePence)}${mine}, which employers may choose to pay.${stale}`;
  const yearly = r.gapPerYearPence ? ` (about ${pence(r.gapPerYearPence)} a year)` : '';
  return `This is ${gapWords(r.gapPence)} an hour under the ${r.name} of ${pence(r.ratePence)}${mine}${yearly}. The Real Living Wage is voluntary: paying it is a choice, not the law.${stale}`;
}
