import { describe, expect, test } from 'vitest';
import type { Input } from '../../electron/shared/api/index.js';
import { coreWithBook } from './helpers.js';

/**
 * The cost of employing and the direct-payment budget on a real encrypted book: settings saved
 * with their history, a month's full cost worked by hand, and refusals that name the field.
 */

const settings: Input<'pay.saveCostSettings'> = {
  councilHourlyPence: 1850,
  insuranceYearPence: 12_000,
  payrollFeePence: 1500,
  payrollFeePer: 'month',
  claimsAllowance: 'no',
  pensionPercent: 0,
};

/** Sam, 36, £15 an hour from April 2026, paid monthly, 9 to 1 every weekday of June 2026: 22 days, 88 hours, £1,320. */
async function book() {
  const { core } = await coreWithBook({ now: () => new Date('2026-06-15T12:00:00Z') });
  await core.ok('employer.update', { kind: 'individual', name: 'Jo Employer', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' });
  await core.ok('employer.updateFunding', { localAuthority: 'Leeds', wageArea: 'elsewhere' });
  const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05', dateOfBirth: '1990-05-10' });
  await core.ok('contracts.save', {
    workerId: sam.id, appliesFrom: '2026-01-05', jobTitle: 'Personal assistant', placeOfWork: 'At my home', hourlyRatePence: 1250, payFrequency: 'monthly', payDay: 'the last Friday of the month',
    hoursPerWeek: 20, workingPattern: 'Weekdays, 9 to 1', holidayMethod: 'weeks', daysPerWeek: 5, holidayYearStarts: '1 April', sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 2, workerNoticeWeeks: 1, kind: 'permanent', probationMonths: 3, workAbroad: 'You will not work outside the UK.', requiredTraining: 'Moving and handling.',
  });
  await core.ok('pay.saveRate', { workerId: sam.id, appliesFrom: '2026-04-01', reason: 'annual-review', standardPence: 1500, weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 0, travelPence: 0, onCallPence: 0 });
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
  await core.ok('pay.fillFromPattern', { workerId: sam.id, from: '2026-06-01', to: '2026-06-30', shifts: weekdays.map((weekday) => ({ weekday, start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' as const })) });
  return { core, sam };
}

describe('cost settings and budget', () => {
  test('saved with a history line naming each field in words; saving them unchanged writes nothing', async () => {
    const { core } = await book();
    expect(await core.ok('pay.costSettings', {})).toEqual({ settings: null, budget: null });
    await core.ok('pay.saveCostSettings', settings);
    await core.ok('pay.saveBudget', { budgetPence: 200_000, budgetFrequency: 'monthly', budgetStartsOn: '2026-04-06' });
    // A monthly budget runs by calendar month: the first day is not kept.
    expect(await core.ok('pay.costSettings', {})).toEqual({ settings, budget: { budgetPence: 200_000, budgetFrequency: 'monthly', budgetStartsOn: '' } });

    await core.ok('pay.saveCostSettings', { ...settings, claimsAllowance: 'yes', pensionPercent: 4.5 });
    await core.ok('pay.saveCostSettings', { ...settings, claimsAllowance: 'yes', pensionPercent: 4.5 });
    const { lines } = await core.ok('history.list', { area: 'pay' });
    const ours = lines.filter((l) => /cost settings|budget/.test(l.summary));
    expect(ours.map((l) => l.summary)).toEqual(['Changed your cost settings', 'Changed your direct-payment budget', 'Changed your cost settings']);
    expect(ours[0]!.changes).toEqual([
      { field: 'Do you claim the Employment Allowance', from: 'No', to: 'Yes' },
      { field: 'Your pension contribution, percent', from: 'The legal minimum', to: '4.5%' },
    ]);
    expect(ours[1]!.changes).toEqual([
      { field: 'Direct-payment budget', from: '', to: '£2,000.00' },
      { field: 'How often the council pays it', from: '', to: 'Every month' },
    ]);
    expect(ours[2]!.changes).toContainEqual({ field: 'The council’s hourly rate', from: '', to: '£18.50' });
    expect(ours[2]!.changes).toContainEqual({ field: 'How often you pay the payroll service', from: '', to: 'A month' });
  });

  test('refusals name the field, and nothing is saved', async () => {
    const { core } = await book();
    const low = await core.fails('pay.saveCostSettings', { ...settings, pensionPercent: 2 });
    expect(low.fields).toEqual({ pensionPercent: 'Your pension contribution must be at least 3%, the legal minimum. Leave it empty to use the minimum' });
    expect((await core.fails('pay.saveCostSettings', { ...settings, councilHourlyPence: 0 })).fields).toHaveProperty('councilHourlyPence');
    expect((await core.fails('pay.saveCostSettings', { ...settings, claimsAllowance: 'maybe' })).fields).toEqual({ claimsAllowance: 'Choose whether you claim the Employment Allowance' });
    expect((await core.fails('pay.saveBudget', { budgetPence: 200_000, budgetFrequency: 'four-weekly', budgetStartsOn: '' })).fields).toEqual({ budgetStartsOn: 'Enter the first day of a budget period, for example 6 4 2026' });
    expect((await core.fails('pay.saveBudget', { budgetPence: 200_000, budgetFrequency: 'four-weekly', budgetStartsOn: '2026-02-30' })).fields).toEqual({ budgetStartsOn: 'First day of a budget period must be a real date, for example 6 4 2026' });
    expect(await core.ok('pay.costSettings', {})).toEqual({ settings: null, budget: null });
  });
});

describe('the cost of June 2026, worked by hand', () => {
  // Gross £1,320.00; holiday 12.07% £159.32; pay £1,479.32.
  // Employer NI (£1,479.32 − £417) × 15% = £159.35. Pension (£1,479.32 − £520) × 3% = £28.78.
  // Insurance £120 a year and fees £15 a month for the only PA: £10.00 and £15.00 this month.
  test('without the Employment Allowance: £1,692.45, £19.23 an hour, 73p over the council’s £18.50', async () => {
    const { core, sam } = await book();
    expect((await core.ok('pay.cost', { date: '2026-06-15' })).pas).toEqual([]); // no settings yet: nothing to work out
    await core.ok('pay.saveCostSettings', settings);
    const cost = await core.ok('pay.cost', { date: '2026-06-15' });
    expect(cost.pas).toEqual([
      expect.objectContaining({
        workerId: sam.id, start: '2026-06-01', end: '2026-06-30', workingMinutes: 88 * 60, grossPence: 132_000, holidayPence: 15_932, niPence: 15_935, allowancePence: 0,
        pensionPence: 2878, insurancePence: 1000, feesPence: 1500, totalPence: 169_245, hourlyPence: 1923, gapPence: -73,
        gapWords: '£0.73 an hour over the council’s rate of £18.50: the direct payment does not cover this PA’s full cost.',
      }),
    ]);
    expect(cost.budgetPeriod).toBeNull();
  });

  test('with the allowance and a monthly budget of £2,000: £1,533.10, £466.90 left', async () => {
    const { core } = await book();
    await core.ok('pay.saveCostSettings', { ...settings, claimsAllowance: 'yes' });
    await core.ok('pay.saveBudget', { budgetPence: 200_000, budgetFrequency: 'monthly', budgetStartsOn: '' });
    const cost = await core.ok('pay.cost', { date: '2026-06-15' });
    expect(cost.pas[0]).toMatchObject({ allowancePence: 15_935, totalPence: 153_310, hourlyPence: 1742, gapWords: '£1.08 an hour under the council’s rate of £18.50: the direct payment covers it.' });
    expect(cost.allowanceWords).toMatch(/the allowance covers all of it/);
    expect(cost.budgetPeriod).toMatchObject({ start: '2026-06-01', end: '2026-06-30', budgetPence: 200_000, spentPence: 153_310, leftPence: 46_690, words: '£466.90 left of £2,000.00' });
  });

  test('a four-weekly budget counts 28 of June’s 30 days; a small budget is over, in words', async () => {
    const { core } = await book();
    await core.ok('pay.saveCostSettings', { ...settings, claimsAllowance: 'yes' });
    await core.ok('pay.saveBudget', { budgetPence: 200_000, budgetFrequency: 'four-weekly', budgetStartsOn: '2026-04-06' });
    let cost = await core.ok('pay.cost', { date: '2026-06-15' });
    // 6 April + 8 × 28 days = 1 June; 153,310 × 28 ÷ 30 = 143,089.
    expect(cost.budgetPeriod).toMatchObject({ start: '2026-06-01', end: '2026-06-28', spentPence: 143_089, words: '£569.11 left of £2,000.00' });
    expect(cost.budgetPeriod!.rows).toMatchObject([{ start: '2026-06-01', end: '2026-06-30', days: 28, periodDays: 30, countedPence: 143_089 }]);
    await core.ok('pay.saveBudget', { budgetPence: 140_000, budgetFrequency: 'four-weekly', budgetStartsOn: '2026-04-06' });
    cost = await core.ok('pay.cost', { date: '2026-06-15' });
    expect(cost.budgetPeriod).toMatchObject({ leftPence: -3089, words: '£30.89 over budget of £1,400.00' });
  });
});
