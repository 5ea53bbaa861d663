import { z } from 'zod';
import { PAYROLL_FEE_PER, type PaCost } from '../pay/cost-of-employing.js';
import type { BudgetPeriod } from '../pay/direct-payment-budget.js';
import { PAY_FREQUENCIES } from './contracts.js';
import { decimal, isRealIsoDate, isoDate, nothing, wholeNumber } from './fields.js';
import { method } from './method.js';

/**
 * The cost of employing each PA and the direct-payment budget (the "Pay and hours" issue, item 7).
 * Kept apart from pay.ts so the two grow without treading on each other; the methods are the
 * pay area's. Money is whole pence.
 */

export { PAYROLL_FEE_PER, type PayrollFeePer } from '../pay/cost-of-employing.js';

export const costSettingsSchema = z
  .object({
    /** The council's hourly rate for the direct payment, pence. */
    councilHourlyPence: wholeNumber('The council’s hourly rate', 1, 100_000),
    insuranceYearPence: wholeNumber('Employer’s liability insurance, a year', 0, 10_000_000),
    payrollFeePence: wholeNumber('Payroll service fees', 0, 10_000_000),
    payrollFeePer: z.enum(PAYROLL_FEE_PER, { error: 'Choose how often you pay the payroll service' }).meta({ title: 'How often you pay the payroll service' }),
    claimsAllowance: z.enum(['yes', 'no'], { error: 'Choose whether you claim the Employment Allowance' }).meta({ title: 'Do you claim the Employment Allowance' }),
    /** Percent of qualifying earnings; 0 means the legal minimum (REFERENCE §1.11). */
    pensionPercent: decimal('Your pension contribution, percent', 0, 100),
  })
  .strict();
export type CostSettings = z.output<typeof costSettingsSchema>;

export const budgetSchema = z
  .object({
    budgetPence: wholeNumber('Direct-payment budget', 1, 100_000_000),
    budgetFrequency: z.enum(PAY_FREQUENCIES, { error: 'Choose how often the council pays the budget' }).meta({ title: 'How often the council pays it' }),
    /** The first day of any one budget period: weekly, fortnightly and four-weekly budgets run on from it; '' for monthly. */
    budgetStartsOn: z.string({ error: 'The first day of a budget period must be a date' }).trim().default('').meta({ title: 'First day of a budget period' }),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.budgetFrequency === 'monthly') return;
    if (b.budgetStartsOn === '') ctx.addIssue({ code: 'custom', path: ['budgetStartsOn'], message: 'Enter the first day of a budget period, for example 6 4 2026' });
    else if (!isRealIsoDate(b.budgetStartsOn)) ctx.addIssue({ code: 'custom', path: ['budgetStartsOn'], message: 'First day of a budget period must be a real date, for example 6 4 2026' });
  });
export type Budget = z.output<typeof budgetSchema>;

/** What the employer has entered; null for a part never saved. */
export interface CostAndBudgetSettings {
  settings: CostSettings | null;
  budget: Budget | null;
}

export interface CostAndBudget extends CostAndBudgetSettings {
  /** Each PA's pay period that holds the date, with its full cost. */
  pas: PaCost[];
  /** The Employment Allowance in words: claimed or not, and how it is spread. */
  allowanceWords: string;
  /** The budget period that holds the date, with what is left; null with no budget. */
  budgetPeriod: BudgetPeriod | null;
}

export type { PaCost } from '../pay/cost-of-employing.js';
export type { BudgetPeriod } from '../pay/direct-payment-budget.js';

export const payCostApi = {
  'pay.costSettings': method(nothing).reads<CostAndBudgetSettings>(),
  'pay.saveCostSettings': method(costSettingsSchema).writes<CostSettings>(),
  'pay.saveBudget': method(budgetSchema).writes<Budget>(),
  'pay.cost': method(z.object({ date: isoDate('A day in the pay period') }).strict()).reads<CostAndBudget>(),
} as const;
