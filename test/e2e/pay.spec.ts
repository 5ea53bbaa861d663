/**
 * Pay and hours, by keyboard: a rate under the legal minimum is warned of on the form, on the
 * PA's Pay tab and on Home; a week of shifts from a weekly pattern; the pay period summary,
 * with the payroll CSV and the timesheet PDF downloaded and read. Every new screen is checked
 * with axe and photographed (Settings → Rates too).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, tabTo, typeInto } from './harness/keyboard.js';
import { SAMPLE_EMPLOYER } from './harness/samples.js';
import { screen } from './harness/screens.js';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A PA of 36 with a lawful written statement from the first of last month. */
async function paWithStatement(carebook: Carebook) {
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  await carebook.call('employer.updateFunding', { localAuthority: 'Leeds', wageArea: 'elsewhere' });
  const now = new Date();
  const start = iso(new Date(now.getFullYear(), now.getMonth() - 1, 1));
  const born = iso(new Date(now.getFullYear() - 36, 0, 15));
  const pa = await carebook.call('workers.create', { fullName: 'Joanna Bloggs', preferredName: 'Jo', dateOfBirth: born, niNumber: 'QQ123456C', startDate: start, jobTitle: 'Personal assistant', status: 'active' });
  await carebook.call('contracts.save', {
    workerId: pa.id, appliesFrom: start, jobTitle: 'Personal assistant', placeOfWork: 'At my home', hourlyRatePence: 1400, payFrequency: 'monthly', payDay: 'the last Friday of the month',
    hoursPerWeek: 20, workingPattern: 'Weekdays, 9 to 1', holidayMethod: 'weeks', daysPerWeek: 5, holidayYearStarts: '1 April', sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 2, workerNoticeWeeks: 1, kind: 'permanent', probationMonths: 3, workAbroad: 'You will not work outside the UK.', requiredTraining: 'Moving and handling.',
  });
  return { pa, start };
}

async function toTab(page: Page, carebook: Carebook, id: string, tab: string) {
  await carebook.open(`/pas/${id}`);
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, tab);
  await expectPage(page, 'Joanna Bloggs');
}

test('a rate under the legal minimum is warned of on the form, the Pay tab and Home (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  const { pa } = await paWithStatement(carebook);
  await toTab(page, carebook, pa.id, 'Pay');
  await expect(page.getByText(/At or above the legal minimum/).first()).toBeVisible();
  await screen(page, 'pay-tab');

  await activate(page, 'Add a pay rate');
  await expectPage(page, 'Add a pay rate for Joanna Bloggs');
  // Radios: Tab reaches the chosen one; the arrow keys choose another.
  await tabTo(page, 'Annual review');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Correction')).toBeChecked();
  await typeInto(page, 'Standard hourly rate, in pounds', '9.50');
  // Checked as it is typed: the warning says so in words, with the minimum and the gap.
  const warning = page.locator('.warning-text').filter({ hasText: 'Below the legal minimum' });
  await expect(warning).toContainText('The hourly rate must be at least £12.71');
  await expect(warning).toContainText('£9.50 is £3.21 an hour under it');
  await screen(page, 'pay-rate-form-under-minimum');
  await activate(page, 'Save the pay rate');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('The pay rate has been saved')).toBeVisible();
  await expect(page.locator('.warning-text').filter({ hasText: 'Below the legal minimum' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Below the legal minimum \(£12\.71\) by £3\.21 an hour/ })).toBeVisible();
  await screen(page, 'pay-tab-under-minimum');

  // Home says it is against the law, in words.
  await activate(page, 'Home');
  await expectPage(page, 'What needs your attention');
  await expect(page.getByText('Below the legal minimum: Joanna Bloggs is paid £9.50 an hour')).toBeVisible();
  await screen(page, 'pay-home-under-minimum');
});

test('a week of shifts from a pattern, the summary, the payroll CSV and the timesheet (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  const { pa } = await paWithStatement(carebook);
  await toTab(page, carebook, pa.id, 'Hours');
  await screen(page, 'hours-tab-empty');
  await activate(page, 'Fill from a weekly pattern');
  await expectPage(page, 'Fill Joanna Bloggs’s hours from a weekly pattern');
  // The form starts with today and six days on: exactly one of each weekday.
  await typeInto(page, 'Monday start time', '09:00');
  await typeInto(page, 'Monday end time', '13:00');
  await typeInto(page, 'Wednesday start time', '22:00');
  await typeInto(page, 'Wednesday end time', '07:00');
  await screen(page, 'hours-pattern');
  await activate(page, 'Add the shifts');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('2 shifts have been added')).toBeVisible();
  const now = new Date();
  const week = await carebook.call('pay.shifts', { workerId: pa.id, from: iso(now), to: iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 6)) });
  expect(week.map((s) => [s.start, s.end, s.minutes])).toEqual(expect.arrayContaining([['09:00', '13:00', 240], ['22:00', '07:00', expect.any(Number)]]));
  await screen(page, 'hours-tab');

  // The pay period summary from the menu.
  await activate(page, 'Pay periods');
  await expectPage(page, 'Pay periods');
  await expect(page.getByText('Carebook does not run payroll.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Joanna Bloggs: / })).toBeVisible();
  await screen(page, 'pay-periods');

  const csvDownload = page.waitForEvent('download');
  await activate(page, 'Download the file for your payroll service (CSV)');
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('Name,National Insurance number,Period start,Period end,Pay frequency,Kind,Shifts,Hours,Hours counted for minimum wage,Gross pay (£),Of which enhancements (£),Average pay per hour counted (£),Legal minimum per hour (£),Check');
  expect(csv).toContain('Joanna Bloggs,QQ123456C,');

  const pdfDownload = page.waitForEvent('download');
  await activate(page, 'Download Joanna Bloggs’s timesheet (PDF)');
  const file = carebook.path('timesheet.pdf');
  writeFileSync(file, readFileSync((await (await pdfDownload).path())!));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Timesheet: Joanna Bloggs');
  expect(text).toContain('We agree that these are the hours worked in this period.');
});

test('Settings, Rates: every rate with its source; a newer one added is marked as yours', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/settings/rates');
  await expectPage(page, 'Rates');
  await expect(page.getByRole('table', { name: 'National Living Wage (21 and over)' })).toContainText('£12.71');
  await screen(page, 'settings-rates');
  await activate(page, 'Add a newer rate');
  await expectPage(page, 'Add a newer rate');
  await tabTo(page, 'National Living Wage (21 and over)');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Real Living Wage, UK')).toBeChecked();
  await typeInto(page, 'Day', '20');
  await typeInto(page, 'Month', '10');
  await typeInto(page, 'Year', '2026');
  await typeInto(page, 'Amount an hour, in pounds', '14.00');
  await typeInto(page, 'Where you read it', 'Living Wage Foundation website');
  await screen(page, 'settings-rates-add');
  await activate(page, 'Add the rate');
  await expectPage(page, 'Rates');
  const rlw = page.getByRole('table', { name: 'Real Living Wage, UK' });
  await expect(rlw.getByRole('row').nth(1)).toContainText('Added by you');
  await expect(rlw.getByRole('row').nth(1)).toContainText('£14.00');
});

test('a shift is deleted only after a question that names it (keyboard only)', async ({ page, carebook }) => {
  const { pa } = await paWithStatement(carebook);
  const day = iso(new Date(new Date().getFullYear(), new Date().getMonth(), 1));
  await carebook.call('pay.addShift', { workerId: pa.id, date: day, start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' });
  await toTab(page, carebook, pa.id, 'Hours');
  await activate(page, /^Delete the shift on /);
  await expectPage(page, /^Delete the shift on .+\?$/);
  await expect(page.getByText('Work, 09:00 to 13:00, 4 hours.')).toBeVisible();
  await screen(page, 'hours-delete-shift');
  await activate(page, 'No, keep it');
  await expectPage(page, 'Joanna Bloggs');
  expect(await carebook.call('pay.shifts', { workerId: pa.id, from: day, to: day })).toHaveLength(1);

  await activate(page, /^Delete the shift on /);
  await expectPage(page, /^Delete the shift on /);
  await activate(page, 'Yes, delete this shift');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText(/^The shift on .+ has been deleted$/)).toBeVisible();
  expect(await carebook.call('pay.shifts', { workerId: pa.id, from: day, to: day })).toEqual([]);
});
