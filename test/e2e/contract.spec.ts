/**
 * A PA's written statement, by keyboard: write it, see the terms with the law's notice beside
 * them, download the PDF, record when it was given, change the terms from a later date, and
 * record that the PA agreed. Every screen checked with axe and photographed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, expectFocused, replaceInto, typeInto } from './harness/keyboard.js';
import { SAMPLE_EMPLOYER } from './harness/samples.js';
import { screen } from './harness/screens.js';

/** A date on this computer's calendar, `years` and `months` from today's month, on `day`. */
function monthsAgo(months: number, day = 1) {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - months, day);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const words = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  return { iso, words, day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

async function replaceDate(page: Page, date: { day: string; month: string; year: string }) {
  await replaceInto(page, 'Day', date.day);
  await replaceInto(page, 'Month', date.month);
  await replaceInto(page, 'Year', date.year);
}

async function paWhoStarted(carebook: Carebook, startDate: string, fullName = 'Joanna Bloggs', preferredName = 'Jo') {
  return carebook.call('workers.create', {
    fullName,
    preferredName,
    startDate,
    jobTitle: 'Personal assistant',
    status: 'active',
  });
}

test('write, download, issue, change and agree a statement (keyboard only)', async ({ page, carebook }) => {
  // A long keyboard journey with axe on every screen: give it room on a busy machine.
  test.slow();
  // Started 2 years and 3 months ago, so the law's minimum notice is 2 weeks.
  const start = monthsAgo(27);
  const givenOn = monthsAgo(28, 20);
  const changeFrom = monthsAgo(3);
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  const pa = await paWhoStarted(carebook, start.iso);

  // Open the PA from the list, then their Contract tab.
  await carebook.open('/pas');
  await expectPage(page, 'Your PAs');
  await activate(page, /Joanna Bloggs/);
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Contract');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('on or before their first day of work')).toBeVisible();
  await screen(page, 'contract-none');

  // Write their statement. The form starts with usual terms; the rate is typed wrongly first.
  await activate(page, 'Write their statement');
  await expectPage(page, "Write Jo's statement");
  await expect(page.getByLabel('Sick leave and sick pay')).toHaveValue(/Statutory Sick Pay \(SSP\)/);
  await expect(page.getByLabel('Work outside the UK')).toHaveValue('You will not be asked to work outside the UK.');
  await expect(page.getByLabel('When their holiday year starts')).toHaveValue('1 April');
  await screen(page, 'contract-form');
  await typeInto(page, 'Hourly rate, in pounds', '12,71');
  await typeInto(page, 'Hours a week', '16');
  await typeInto(page, 'Which days and times they work', 'Monday to Thursday, 8am to 12pm.');
  await typeInto(page, 'Days they work each week', '4');
  await replaceInto(page, 'Notice you give, in weeks', '4');
  await activate(page, 'Save their statement');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the hourly rate in pounds, like 12.71');
  await expect(page).toHaveTitle(/^Error: /);
  await screen(page, 'contract-form-error');
  await activate(page, 'Enter the hourly rate in pounds, like 12.71');
  await expectFocused(page, 'Hourly rate, in pounds');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12.71');
  await activate(page, 'Save their statement');

  // The tab shows the terms, with the law's minimum notice beside the contract's.
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByRole('alert')).toContainText('Their written statement has been saved');
  const row = (key: string) => page.locator('.summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });
  await expect(row('Notice you give')).toContainText("4 weeks (the law's minimum for 2 years' service is 2 weeks)");
  await expect(row('Notice they give')).toContainText("1 week (the law's minimum for 2 years' service is 1 week)");
  await expect(row('Hourly rate')).toContainText('£12.71 an hour');
  await expect(row('Holiday each year')).toContainText('22.4 days a year (5.6 weeks a year, for 4 days a week)');
  await expect(row('Probation length')).toContainText('3 months, ending on');
  await expect(row('Given to them')).toContainText('Not recorded yet');
  // Not given, and their first day has passed: said in words with the warning sign.
  await expect(page.locator('.warning-text')).toContainText('They have not been given their written statement, and it is late');
  await screen(page, 'contract-terms');

  // Download the statement as a PDF.
  const downloading = page.waitForEvent('download');
  await activate(page, 'Download the statement (PDF)');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfFile = carebook.path('statement.pdf');
  writeFileSync(pdfFile, pdf);
  const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
  expect(text).toContain('Joanna Bloggs');
  expect(text).toContain('Sam Taylor');

  // Record the day it was given (the day before they started: on time).
  await activate(page, 'Record the date you gave it to them');
  await expectPage(page, 'When did you give Jo their written statement?');
  await screen(page, 'contract-issued');
  await replaceDate(page, givenOn);
  await activate(page, 'Save');
  await expectPage(page, 'Joanna Bloggs');
  await expect(row('Given to them')).toContainText(givenOn.words);
  await expect(page.locator('.warning-text')).toHaveCount(0);

  // Change their terms from a later date: version 2.
  await activate(page, 'Change their terms');
  await expectPage(page, "Change Jo's terms");
  await expect(page.getByText("A change needs Jo's agreement.")).toBeVisible();
  await expect(page.getByLabel('Hourly rate, in pounds')).toHaveValue('12.71');
  await screen(page, 'contract-change-form');
  await typeInto(page, 'Day', changeFrom.day);
  await typeInto(page, 'Month', changeFrom.month);
  await typeInto(page, 'Year', changeFrom.year);
  await typeInto(page, 'What changed', 'Pay goes up to £13.50 an hour.');
  await replaceInto(page, 'Hourly rate, in pounds', '13.50');
  await activate(page, 'Save the new terms');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByRole('alert')).toContainText('Version 2 of their terms has been saved');
  await expect(row('Version')).toContainText(`Version 2, from ${changeFrom.words}`);
  await expect(row('Hourly rate')).toContainText('£13.50 an hour');
  const versions = page.locator('table.contract-versions tbody tr');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Version 2');
  await expect(versions.nth(0)).toContainText(changeFrom.words);
  await expect(versions.nth(0)).toContainText('Pay goes up to £13.50 an hour.');
  await expect(versions.nth(1)).toContainText('First statement');
  await expect(versions.nth(1)).toContainText(givenOn.words);
  await screen(page, 'contract-version-2');

  // Record that they agreed (today is filled in).
  await activate(page, 'Record that they agreed');
  await expectPage(page, 'When did Jo agree to version 2 of their terms?');
  await screen(page, 'contract-agreed');
  await activate(page, 'Save');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByRole('alert')).toContainText('The date they agreed has been saved');
  const today = monthsAgo(0, new Date().getDate());
  await expect(row('They agreed to the change')).toContainText(today.words);
  await expect(versions.nth(0)).toContainText(today.words);

  // One version, read-only.
  await activate(page, 'First statement');
  await expectPage(page, 'First statement');
  await expect(row('Hourly rate')).toContainText('£12.71 an hour');
  await screen(page, 'contract-version-1');

  const saved = await carebook.call('contracts.get', { workerId: pa.id });
  expect(saved.versions.map((v) => [v.version, v.hourlyRatePence, v.issuedOn, v.agreedOn])).toEqual([
    [2, 1350, '', today.iso],
    [1, 1271, givenOn.iso, ''],
  ]);
});

test('a statement given after the first day is shown as late, in words', async ({ page, carebook }) => {
  const start = monthsAgo(2);
  const late = monthsAgo(1);
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  const pa = await paWhoStarted(carebook, start.iso, 'Ravi Patel', '');
  const v = await carebook.call('contracts.save', {
    workerId: pa.id,
    appliesFrom: start.iso,
    jobTitle: 'Personal assistant',
    placeOfWork: 'My home',
    hourlyRatePence: 1300,
    payFrequency: 'monthly',
    payDay: 'The last Friday of each month',
    hoursPerWeek: 0,
    workingPattern: 'Shifts agreed each week',
    holidayMethod: 'accrual',
    daysPerWeek: 0,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay',
    employerNoticeWeeks: 1,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    probationMonths: 0,
    workAbroad: 'None',
    requiredTraining: 'The Care Certificate',
  });
  await carebook.call('contracts.recordIssued', { versionId: v.id, issuedOn: late.iso });
  await carebook.open(`/pas/${pa.id}/contract`);
  await expectPage(page, 'Ravi Patel');
  const warning = page.locator('.warning-text');
  await expect(warning).toContainText(`They were given their written statement on ${late.words}. That was late`);
  await expect(warning).toContainText('Warning');
  const row = (key: string) => page.locator('.summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });
  await expect(row('Holiday each year')).toContainText('12.07% of the hours they work');
  await expect(row('Hours a week')).toContainText('Their hours change from week to week');
  await expect(row('Probation length')).toContainText('No probation');
  await screen(page, 'contract-late');
});

test.describe('200% zoom', () => {
  // What Ctrl and + twice looks like: half the CSS width, every pixel doubled.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the contract tab and its versions reflow at 200% zoom', async ({ page, carebook }) => {
    const start = monthsAgo(14);
    await carebook.unlockedBook();
    await carebook.call('employer.update', SAMPLE_EMPLOYER);
    const pa = await paWhoStarted(carebook, start.iso);
    const terms = {
      workerId: pa.id,
      appliesFrom: start.iso,
      jobTitle: 'Personal assistant',
      placeOfWork: 'My home, 12 Elm Road, Leeds',
      hourlyRatePence: 1271,
      payFrequency: 'monthly',
      payDay: 'The last Friday of each month',
      hoursPerWeek: 20,
      workingPattern: 'Monday to Friday, 9am to 1pm',
      holidayMethod: 'weeks',
      daysPerWeek: 5,
      holidayYearStarts: '1 April',
      sickPay: 'Statutory Sick Pay',
      employerNoticeWeeks: 1,
      workerNoticeWeeks: 1,
      kind: 'permanent',
      probationMonths: 3,
      workAbroad: 'You will not be asked to work outside the UK.',
      requiredTraining: 'The Care Certificate',
    } as const;
    await carebook.call('contracts.save', terms);
    await carebook.call('contracts.save', { ...terms, appliesFrom: monthsAgo(2).iso, hourlyRatePence: 1350, changeSummary: 'Pay goes up to £13.50 an hour.' });
    await carebook.open(`/pas/${pa.id}/contract`);
    await expectPage(page, 'Joanna Bloggs');
    await expect(page.locator('table.contract-versions tbody tr')).toHaveCount(2);
    // Nothing wider than the window: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await screen(page, 'contract-200-percent-zoom');
  });
});
