import type { PayFrequency } from '../api/pay.js';
import { daysBetween } from '../dates.js';
import { pence } from '../money.js';
import type { Period } from './periods.js';

/**
 * The direct-payment budget for a period and what is left of it after the full cost of every
 * PA's pay (cost-of-employing.ts). A PA whose pay periods do not line up with the budget's
 * (paid monthly, budget every four weeks) is counted for the days of each pay period that fall
 * in the budget period: a pay period's cost spread evenly over its days.
 */

export interface BudgetRow {
  workerId: string;
  fullName: string;
  /** Their pay period. */
  start: string;
  end: string;
  totalPence: number;
  /** Of its days, how many fall in the budget period. */
  days: number;
  periodDays: number;
  /** The part counted against this budget period. */
  countedPence: number;
}

export interface BudgetPeriod extends Period {
  frequency: PayFrequency;
  budgetPence: number;
  spentPence: number;
  /** Budget less spent: negative when over budget. */
  leftPence: number;
  /** "£312.40 left of £2,000.00" or "£58.00 over budget of £2,000.00". */
  words: string;
  rows: BudgetRow[];
}

export function overlapDays(a: Period, b: Period): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

export function leftWords(budgetPence: number, spentPence: number): string {
  const left = budgetPence - spentPence;
  if (left > 0) return `${pence(left)} left of ${pence(budgetPence)}`;
  if (left < 0) return `${pence(-left)} over budget of ${pence(budgetPence)}`;
  return `Nothing left of ${pence(budgetPence)}: exactly on budget`;
}

export function budgetPeriod(
  period: Period & { frequency: PayFrequency },
  budgetPence: number,
  costs: readonly { workerId: string; fullName: string; start: string; end: string; totalPence: number }[],
): BudgetPeriod {
  const rows = costs
    .map((c) => {
      const periodDays = daysBetween(c.start, c.end) + 1;
      const days = overlapDays(period, c);
      return { workerId: c.workerId, fullName: c.fullName, start: c.start, end: c.end, totalPence: c.totalPence, days, periodDays, countedPence: Math.round((c.totalPence * days) / periodDays) };
    })
    .filter((r) => r.days > 0);
  const spentPence = rows.reduce((s, r) => s + r.countedPence, 0);
  return { ...period, budgetPence, spentPence, leftPence: budgetPence - spentPence, words: leftWords(budgetPence, spentPence), rows };
}
