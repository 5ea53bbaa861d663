import { addMonthsIso, londonDate } from '../../shared/dates.js';
import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { payAttention } from './attention.js';
import { exampleTimesheetCsv, fillPay } from './example.js';
import { payHandlers } from './handlers.js';
import * as ratesAndShifts from './migrations/2026-12-02-0530_pay_rates_and_shifts.js';
import * as costSettings from './migrations/2026-12-02-1030_pay_cost_settings.js';

/** Pay and hours: rates beside the legal minimum and the Real Living Wage, shifts, pay periods, and files for the payroll service. */
export const payArea: CoreArea<keyof typeof payHandlers> = {
  name: 'pay',
  label: 'Pay and hours',
  handlers: payHandlers,
  attention: payAttention,
  migrations: { '2026-12-02-0530_pay_rates_and_shifts': ratesAndShifts, '2026-12-02-1030_pay_cost_settings': costSettings },
  tables: {
    payUserRate: { bookWide: 'Rates the employer added beside the built-in ones (a newer legal minimum or Real Living Wage)' },
    payRate: { kind: 'pay-and-hours' },
    shift: { kind: 'pay-and-hours' },
    payCostSetting: { bookWide: 'The cost of employing and the direct-payment budget: the council’s hourly rate, insurance, payroll fees, the Employment Allowance, pension percent and budget the employer entered' },
  },
  recordKinds: { 'pay-and-hours': 'Pay rates, hours and timesheets' },
  example: fillPay,
  benchInputs: async (ctx) => {
    const pa = await longestServing(ctx.db());
    // The bench's context has the book only, no clock: today in England from the computer's.
    const today = londonDate(new Date());
    return {
      'pay.rates': { workerId: pa.id },
      'pay.checkRate': { workerId: pa.id, ratePence: 1271, date: today },
      'pay.shifts': { workerId: pa.id, from: `${today.slice(0, 7)}-01`, to: today },
      'pay.summary': { date: today },
      'pay.payrollCsv': { date: today },
      'pay.timesheet': { workerId: pa.id, date: today },
      'pay.importShiftsPreview': { workerId: pa.id, csv: await exampleTimesheetCsv(ctx.db(), pa.id, addMonthsIso(today, -3), today) },
      'pay.costSettings': {},
      'pay.cost': { date: today },
    };
  },
};
