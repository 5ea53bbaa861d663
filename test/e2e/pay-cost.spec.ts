/**
 * Cost and budget, by keyboard: from Pay periods, enter the cost settings (a pension under the
 * legal minimum refused in words first) and the budget (a four-weekly one without its first day
 * refused first), then see each PA's full hourly cost beside the council's rate and what is left
 * of the budget in words, with the bar's table. Each screen is checked with axe and
 * photographed, at normal width and at 320 px.
 */
import type { Page } from '@playwright/test';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, replaceInto, tabTo, typeInto } from './harness/keyboard.js';
import { SAMPLE_EMPLOYER } from './harness/samples.js';
import { screen } from './harness/screens.js';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Jo, 36, £14 an hour, paid monthly, 9 to 1 every weekday of this month. */
async function paWithShifts(carebook: Carebook) {
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  await carebook.call('employer.updateFunding', { localAuthority: 'Leeds', wageArea: 'elsewhere' });
  const now = new Date();
  const start = iso(new Date(now.getFullYear(), now.getMonth() - 1, 1));
  const pa = await carebook.call('workers.create', { fullName: 'Joanna Bloggs', preferredName: 'Jo', dateOfBirth: iso(new Date(now.getFullYear() - 36, 0, 15)), startDate: start, jobTitle: 'Personal assistant', status: 'active' });
  await carebook.call('contracts.save', {
    workerId: pa.id, appliesFrom: start, jobTitle: 'Personal assistant', placeOfWork: 'At my home', hourlyRatePence: 1400, payFrequency: 'monthly', payDay: 'the last Friday of the month',
    hoursPerWeek: 20, workingPattern: 'Weekdays, 9 to 1', holidayMethod: 'weeks', daysPerWeek: 5, holidayYearStarts: '1 April', sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 2, workerNoticeWeeks: 1, kind: 'permanent', probationMonths: 3, workAbroad: 'You will not work outside the UK.', requiredTraining: 'Moving and handling.',
  });
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
  await carebook.call('pay.fillFromPattern', {
    workerId: pa.id, from: iso(new Date(now.getFullYear(), now.getMonth(), 1)), to: iso(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
    shifts: weekdays.map((weekday) => ({ weekday, start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' as const })),
  });
  return pa;
}

async function expectFits(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

test('enter the cost settings and the budget; see the full hourly cost beside the council’s rate and what is left (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  await paWithShifts(carebook);
  await carebook.open('/pay');
  await expectPage(page, 'Pay periods');
  await activate(page, 'Cost and budget');
  await expectPage(page, 'Cost and budget');
  await screen(page, 'pay-cost-empty');

  await activate(page, 'Enter your cost settings');
  await expectPage(page, 'Your cost settings');
  await typeInto(page, 'The council’s hourly rate, in pounds', '18.50');
  await typeInto(page, 'Employer’s liability insurance, a year, in pounds', '120');
  await typeInto(page, 'Payroll service fees, in pounds', '15');
  await tabTo(page, 'A month');
  await expect(page.getByLabel('A month')).toBeChecked();
  await tabTo(page, 'Yes, I claim it');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Yes, I claim it')).toBeChecked();
  await typeInto(page, 'Your pension contribution, percent (optional)', '2');
  await activate(page, 'Save your cost settings');
  // Refused by the core, in words that name the field, linked from the summary.
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Your pension contribution must be at least 3%, the legal minimum. Leave it empty to use the minimum');
  await screen(page, 'pay-cost-settings-error');
  await replaceInto(page, 'Your pension contribution, percent (optional)', '5');
  await activate(page, 'Save your cost settings');
  await expectPage(page, 'Cost and budget');
  await expect(page.getByText('Your cost settings have been saved')).toBeVisible();

  // The full hourly cost beside the council's rate, in words.
  const hourly = page.getByRole('table', { name: 'What each PA costs an hour' });
  await expect(hourly.getByRole('row', { name: /Joanna Bloggs/ })).toContainText(/£\d+\.\d\d an hour (under|over) the council’s rate of £18\.50/);
  await expect(page.getByText(/You claim the Employment Allowance \(up to £10,500 a year\)/)).toBeVisible();

  await activate(page, 'Enter your budget');
  await expectPage(page, 'Your direct-payment budget');
  await typeInto(page, 'Budget for each period, in pounds', '2000');
  await tabTo(page, 'Every week');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Every four weeks')).toBeChecked();
  await activate(page, 'Save your budget');
  await expect(summary).toContainText('Enter the first day of a budget period');
  await screen(page, 'pay-cost-budget-error');
  await tabTo(page, 'Every four weeks');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Every month')).toBeChecked();
  await screen(page, 'pay-cost-budget');
  await activate(page, 'Save your budget');
  await expectPage(page, 'Cost and budget');
  await expect(page.getByText('Your budget has been saved')).toBeVisible();

  // What is left, as a number in words; the bar is hidden and its table says the same.
  await expect(page.locator('.cost-left strong')).toHaveText(/^£[\d,]+\.\d\d left of £2,000\.00$/);
  await expect(page.locator('svg.budget-bar')).toHaveAttribute('aria-hidden', 'true');
  const table = page.getByRole('table', { name: /Your budget for .* and what it paid for/ });
  await expect(table.getByRole('row', { name: /^Budget/ })).toContainText('£2,000.00');
  await expect(table.getByRole('row', { name: /^Left/ })).toContainText(/£[\d,]+\.\d\d/);
  await screen(page, 'pay-cost');

  // How the cost is worked out, opened by keyboard.
  await activate(page, 'How Joanna Bloggs’s cost is worked out');
  const how = page.getByRole('table', { name: /How Joanna Bloggs’s cost for .* is worked out/ });
  await expect(how.getByRole('row', { name: /^Pension/ })).toContainText('5% of pay between £520 and £4,189 for the period.');
  await expect(how.getByRole('row', { name: /^Holiday/ })).toContainText('12.07% of pay');
  await screen(page, 'pay-cost-how');
  await expectFits(page);
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Cost and budget and its forms reflow at 320 px', async ({ page, carebook }) => {
    await paWithShifts(carebook);
    await carebook.call('pay.saveCostSettings', { councilHourlyPence: 1850, insuranceYearPence: 12_000, payrollFeePence: 1500, payrollFeePer: 'month', claimsAllowance: 'yes', pensionPercent: 0 });
    // A budget too small: over budget, in words.
    await carebook.call('pay.saveBudget', { budgetPence: 50_000, budgetFrequency: 'monthly', budgetStartsOn: '' });
    await carebook.open('/pay/cost');
    await expectPage(page, 'Cost and budget');
    await expect(page.locator('.cost-left strong')).toHaveText(/^£[\d,]+\.\d\d over budget of £500\.00$/);
    await expect(page.getByRole('table', { name: /Your budget for/ }).getByRole('row', { name: /^Over budget/ })).toBeVisible();
    await expectFits(page);
    await screen(page, 'pay-cost-320px');
    for (const [path, heading, name] of [['/pay/cost/settings', 'Your cost settings', 'pay-cost-settings-320px'], ['/pay/cost/budget', 'Your direct-payment budget', 'pay-cost-budget-320px']] as const) {
      await carebook.open(path);
      await expectPage(page, heading);
      await expectFits(page);
      await screen(page, name);
    }
  });
});
