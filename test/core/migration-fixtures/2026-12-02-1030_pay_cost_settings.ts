import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** The cost settings and budget a book could hold at 2026-12-02-1030_pay_cost_settings, read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    await sql`insert into pay_cost_setting (id, council_hourly_pence, insurance_year_pence, payroll_fee_pence, payroll_fee_per, claims_allowance,
                pension_employer_hundredths, budget_pence, budget_frequency, budget_starts_on, updated_at)
              values (1, 1850, 12000, 1500, 'month', 'yes', 450, 200000, 'four-weekly', '2026-04-06', '2026-12-02T10:30:00.000Z')`.execute(db);
  },
  async check(core) {
    expect(await core.ok('pay.costSettings', {})).toEqual({
      settings: { councilHourlyPence: 1850, insuranceYearPence: 12000, payrollFeePence: 1500, payrollFeePer: 'month', claimsAllowance: 'yes', pensionPercent: 4.5 },
      budget: { budgetPence: 200000, budgetFrequency: 'four-weekly', budgetStartsOn: '2026-04-06' },
    });
  },
};
