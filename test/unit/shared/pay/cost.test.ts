import { describe, expect, test } from 'vitest';
import type { CostSettings } from '../../../../electron/shared/api/pay-cost.js';
import { costOfEmploying, holidayShare, perPeriod, type PaPeriodPay } from '../../../../electron/shared/pay/cost-of-employing.js';
import { budgetPeriod, leftWords, overlapDays } from '../../../../electron/shared/pay/direct-payment-budget.js';
import { valueOn } from '../../../../electron/shared/reference/dated.js';
import { AUTO_ENROLMENT, EMPLOYER_NI } from '../../../../electron/shared/reference/pay-rates.js';

// Every figure below is worked by hand from REFERENCE §1.8 (12.07%), §1.11 (auto-enrolment)
// and §2.4 (employer NI 15% over £5,000 a year, Employment Allowance £10,500) for June 2026.
const settings: CostSettings = { councilHourlyPence: 1850, insuranceYearPence: 0, payrollFeePence: 0, payrollFeePer: 'year', claimsAllowance: 'no', pensionPercent: 0 };
const june = (over: Partial<PaPeriodPay> = {}): PaPeriodPay => ({
  workerId: 'sam', fullName: 'Sam Carter', frequency: 'monthly', start: '2026-06-01', end: '2026-06-30', grossPence: 150_000, workingMinutes: 6000, dateOfBirth: '1990-05-10', apprenticeSince: '', ...over,
});
const one = (p: PaPeriodPay, s: Partial<CostSettings> = {}) => costOfEmploying([p], { ...settings, ...s }, p.end).pas[0]!;

describe('thresholds for one pay period: a year ÷ periods, to the nearest pound', () => {
  test.each([
    ['weekly', 500_000, 9600],
    ['monthly', 500_000, 41_700],
    ['fortnightly', 500_000, 19_200],
    ['weekly', 1_000_000, 19_200],
    ['monthly', 1_000_000, 83_300],
    ['monthly', 624_000, 52_000],
    ['monthly', 5_027_000, 418_900],
    ['weekly', 5_027_000, 96_700],
  ] as const)('%s share of %i is %i', (frequency, year, expected) => {
    expect(perPeriod(year, frequency)).toBe(expected);
  });
  test('gives HMRC’s own weekly and monthly secondary thresholds for 2025-26 on', () => {
    const row = valueOn(EMPLOYER_NI, '2026-06-30')!;
    expect(perPeriod(row.thresholdPerYear, 'weekly')).toBe(row.thresholdPerWeek);
    expect(perPeriod(row.thresholdPerYear, 'monthly')).toBe(row.thresholdPerMonth);
  });
  test('holiday is 12.07% of pay (5.6 ÷ 46.4 before the accrual figure was written down)', () => {
    expect(holidayShare('2026-06-30')).toBeCloseTo(0.1207, 6);
    expect(holidayShare('2015-06-30')).toBeCloseTo(5.6 / 46.4, 6);
  });
});

describe('the full cost of one PA for a month (June 2026)', () => {
  test.each([
    // name, period, settings, holiday, NI, allowance, pension, total, hourly
    ['under the NI threshold and the pension trigger', { grossPence: 30_000, workingMinutes: 1500 }, {}, 3621, 0, 0, 0, 33_621, 1345],
    ['above the NI threshold, no allowance', {}, {}, 18_105, 18_961, 0, 3483, 190_549, 1905],
    ['above the NI threshold, with the allowance', {}, { claimsAllowance: 'yes' }, 18_105, 18_961, 18_961, 3483, 171_588, 1716],
    ['a pension of 5% chosen by the employer', {}, { pensionPercent: 5 }, 18_105, 18_961, 0, 5805, 192_871, 1929],
    ['turns 22 on the last day: enrolled', { dateOfBirth: '2004-06-30' }, {}, 18_105, 18_961, 0, 3483, 190_549, 1905],
    ['turns 22 the day after: no pension', { dateOfBirth: '2004-07-01' }, {}, 18_105, 18_961, 0, 0, 187_066, 1871],
    ['under 21: no employer NI up to £50,270 a year', { dateOfBirth: '2006-01-01' }, {}, 18_105, 0, 0, 0, 168_105, 1681],
    ['an apprentice of 23: no employer NI up to £50,270 a year', { dateOfBirth: '2003-01-01', apprenticeSince: '2025-09-01' }, {}, 18_105, 0, 0, 3483, 171_588, 1716],
  ] as const)('%s', (_name, over, s, holiday, ni, allowance, pension, total, hourly) => {
    const c = one(june(over), s as Partial<CostSettings>);
    expect([c.holidayPence, c.niPence, c.allowancePence, c.pensionPence, c.totalPence, c.hourlyPence]).toEqual([holiday, ni, allowance, pension, total, hourly]);
  });

  test('words say why there is no NI or pension', () => {
    const low = one(june({ grossPence: 30_000, workingMinutes: 1500 }));
    expect(low.niWords).toBe('no employer National Insurance: pay of £336.21 is not over £417 for the period.');
    expect(low.pensionWords).toBe('None: pay of £336.21 is not over £833, the earnings trigger for the period, so you need not enrol them.');
    expect(one(june({ dateOfBirth: '2004-07-01' })).pensionWords).toBe('None: they are under 22 on 30 June 2026, so you need not enrol them. If they ask to join, you pay at least 3% of their pay over £520.');
    expect(one(june({ dateOfBirth: '2006-01-01' })).niWords).toMatch(/^They are under 21: no employer National Insurance/);
    expect(one(june()).pensionWords).toBe('3% of pay between £520 and £4,189 for the period.');
    expect(valueOn(AUTO_ENROLMENT, '2026-06-30')?.employerPercent).toBe(3);
  });

  test.each([
    [1850, 6000, '£0.55 an hour over the council’s rate of £18.50: the direct payment does not cover this PA’s full cost.'],
    [2000, 6000, '£0.95 an hour under the council’s rate of £20.00: the direct payment covers it.'],
    [1905, 6000, 'The same as the council’s rate of £19.05.'],
    [1850, 0, 'No hours worked in this period.'],
  ])('council’s rate %i, %i minutes worked: the gap in words', (council, minutes, words) => {
    expect(one(june({ workingMinutes: minutes }), { councilHourlyPence: council }).gapWords).toBe(words);
  });
});

describe('what the employer pays once, shared between PAs', () => {
  test('the Employment Allowance covers part of a year like this one, spread evenly', () => {
    // £2,000 a week: NI (£2,241.40 − £96) × 15% = £321.81 a week, £16,734.12 a year; £10,500 covers 62.7%.
    const { pas, allowanceWords } = costOfEmploying([june({ frequency: 'weekly', start: '2026-06-22', end: '2026-06-28', grossPence: 200_000, workingMinutes: 6000 })], { ...settings, claimsAllowance: 'yes' }, '2026-06-28');
    expect(pas[0]).toMatchObject({ holidayPence: 24_140, niPence: 32_181, allowancePence: 20_192, pensionPence: 2541 });
    expect(allowanceWords).toBe('You claim the Employment Allowance (up to £10,500 a year). A year like this would have about £16,734.12 of employer National Insurance, so the allowance covers 62% of it; Carebook spreads it evenly over the year.');
  });
  test('not claimed: NI in full, in words', () => {
    expect(costOfEmploying([june()], settings, '2026-06-30').allowanceWords).toBe('You do not claim the Employment Allowance, so employer National Insurance is counted in full.');
  });
  test('insurance and payroll fees per hour worked', () => {
    const { pas } = costOfEmploying(
      [june(), june({ workerId: 'ali', fullName: 'Ali Khan', workingMinutes: 3000, grossPence: 30_000 })],
      { ...settings, insuranceYearPence: 30_000, payrollFeePence: 1000, payrollFeePer: 'month' },
      '2026-06-30',
    );
    // £300 + £120 a year over 9,000 minutes a month × 12.
    expect(pas.map((p) => [p.insurancePence, p.feesPence])).toEqual([[1667, 667], [833, 333]]);
  });
});

describe('the direct-payment budget', () => {
  test.each([
    [200_000, 168_760, '£312.40 left of £2,000.00'],
    [200_000, 205_800, '£58.00 over budget of £2,000.00'],
    [200_000, 200_000, 'Nothing left of £2,000.00: exactly on budget'],
  ])('budget %i, spent %i', (budget, spent, words) => {
    expect(leftWords(budget, spent)).toBe(words);
  });
  test('a PA paid monthly counts for the days of their month in a four-weekly budget period', () => {
    const b = budgetPeriod({ start: '2026-06-01', end: '2026-06-28', frequency: 'four-weekly' }, 200_000, [
      { workerId: 'sam', fullName: 'Sam Carter', start: '2026-05-01', end: '2026-05-31', totalPence: 31_000 },
      { workerId: 'sam', fullName: 'Sam Carter', start: '2026-06-01', end: '2026-06-30', totalPence: 30_000 },
    ]);
    expect(b.rows).toMatchObject([{ start: '2026-06-01', days: 28, periodDays: 30, countedPence: 28_000 }]);
    expect(b).toMatchObject({ spentPence: 28_000, leftPence: 172_000, words: '£1,720.00 left of £2,000.00' });
  });
  test.each([
    [{ start: '2026-06-01', end: '2026-06-30' }, { start: '2026-06-29', end: '2026-07-26' }, 2],
    [{ start: '2026-06-01', end: '2026-06-30' }, { start: '2026-07-01', end: '2026-07-28' }, 0],
  ])('overlap of %o and %o is %i days', (a, b, days) => {
    expect(overlapDays(a, b)).toBe(days);
  });
});
