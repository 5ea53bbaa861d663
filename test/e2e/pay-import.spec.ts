/// <reference lib="dom" />
/**
 * Importing a PA's shifts from a timesheet CSV, by keyboard only: the file is read in the page,
 * the core says what each row would do (one impossible date, one shift already in the book),
 * only the good rows are added, and the Hours tab opens on their month. Every screen is checked
 * with axe and photographed, at the normal width and at 320 px.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dayFirst = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

async function chooseFile(page: Page, path: string) {
  await tabTo(page, 'Choose the CSV file');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(path);
  await activate(page, 'Check the file');
}

/** WCAG 1.4.10: the page never scrolls sideways (wide tables scroll in their own box). */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test('import a timesheet: a preview with a problem row and one already in the book, then the good shifts on the Hours tab (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  await carebook.unlockedBook();
  const now = new Date();
  const month = (day: number) => iso(new Date(now.getFullYear(), now.getMonth() - 1, day));
  const pa = await carebook.call('workers.create', { fullName: 'Joanna Bloggs', status: 'active', startDate: month(1), dateOfBirth: '1990-01-15' });
  // Already in the book, and in the file again: not added twice.
  await carebook.call('pay.addShift', { workerId: pa.id, date: month(6), start: '10:00', end: '12:00', breakMinutes: 0, kind: 'work' });
  const year = month(1).slice(0, 4);
  const file = carebook.path('timesheet.csv');
  writeFileSync(
    file,
    '\uFEFF' +
      [
        'Date,Start time,Finish,Break (minutes),Kind,Hours',
        `${dayFirst(month(3))},09:00,17:00,30,work,7.5`,
        `${dayFirst(month(4))},22:00,07:00,,sleep in,9`,
        `31/02/${year},09:00,17:00,,,8`,
        `${dayFirst(month(5))},9am,1pm,,Work,4`,
        `${dayFirst(month(6))},10:00,12:00,,,2`,
      ].join('\r\n') +
      '\r\n',
  );

  await carebook.open(`/pas/${pa.id}`);
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Hours');
  await activate(page, 'Import shifts from a spreadsheet (CSV)');
  await expectPage(page, 'Import Joanna Bloggs’s shifts from a spreadsheet');
  await screen(page, 'pay-import-01-choose');

  // No file chosen yet: the summary says so and takes focus.
  await activate(page, 'Check the file');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Choose a CSV file');

  // A workbook renamed .csv (binary): refused in words on the field, nothing read back.
  const binary = carebook.path('renamed-workbook.csv');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
  await chooseFile(page, binary);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('This file is not a CSV file Carebook can read');
  await expect(page.locator('.error-message')).toContainText('choose Save As, pick “CSV UTF-8”');

  await chooseFile(page, file);
  await expectPage(page, 'Check the shifts before you add them');
  await expect(page.getByText('timesheet.csv')).toBeVisible();
  const counts = page.locator('.import-counts');
  await expect(counts).toContainText('3 shifts will be added.');
  await expect(counts).toContainText('1 shift is already in your book and will not be added again.');
  await expect(counts).toContainText('1 row has problems and will not be added.');
  await expect(page.getByText('It ignored: Hours.')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Rows with problems' }).locator('tbody tr');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('4');
  await expect(problems).toContainText(`February ${year} has no day 31. Check the date`);
  const adding = page.getByRole('table', { name: 'Shifts that will be added' }).locator('tbody tr');
  await expect(adding).toHaveCount(3);
  await expect(adding.nth(1)).toContainText('Sleep-in');
  await expect(adding.nth(1)).toContainText('ends the next day');
  await expect(page.getByRole('table', { name: 'Shifts already in your book' }).locator('tbody tr')).toHaveCount(1);
  await screen(page, 'pay-import-02-preview');
  expect(await carebook.call('pay.shifts', { workerId: pa.id, from: month(1), to: month(28) })).toHaveLength(1);

  await activate(page, 'Add 3 shifts');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('3 shifts added from the spreadsheet')).toBeVisible();
  // The Hours tab opens on the month of the shifts added: four there now, the one before and these three.
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date(now.getFullYear(), now.getMonth() - 1, 1));
  await expect(page.getByText(`Shifts in ${monthName}: 4,`)).toBeVisible();
  await expect(page.getByRole('table', { name: /Shifts in/ }).locator('tbody tr')).toHaveCount(4);
  await screen(page, 'pay-import-03-hours');
  const saved = await carebook.call('pay.shifts', { workerId: pa.id, from: month(1), to: month(28) });
  expect(saved.map((s) => [s.date, s.start, s.end, s.kind])).toEqual([
    [month(3), '09:00', '17:00', 'work'],
    [month(4), '22:00', '07:00', 'sleep-in'],
    [month(5), '09:00', '13:00', 'work'],
    [month(6), '10:00', '12:00', 'work'],
  ]);

  // At 320 px: the same file again, now every good row is already in the book.
  await page.setViewportSize({ width: 320, height: 640 });
  await activate(page, 'Import shifts from a spreadsheet (CSV)');
  await expectPage(page, 'Import Joanna Bloggs’s shifts from a spreadsheet');
  await expectNoSidewaysScroll(page);
  await screen(page, 'pay-import-04-choose-320');
  await chooseFile(page, file);
  await expectPage(page, 'Check the shifts before you add them');
  await expect(counts).toContainText('0 shifts will be added.');
  await expect(counts).toContainText('4 shifts are already in your book and will not be added again.');
  await expect(page.getByText('There are no shifts in the file to add.')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screen(page, 'pay-import-05-preview-320');
  await activate(page, 'Choose a different file');
  await expectPage(page, 'Import Joanna Bloggs’s shifts from a spreadsheet');
});
