/**
 * One refresh rule: after any change is saved, everything on screen is read again, so no page
 * shows what was true before. By keyboard only, without reloading the page.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { londonDate } from '../../electron/shared/dates.js';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, replaceInto, typeDate, typeInto } from './harness/keyboard.js';
import { tinyPdf } from './harness/samples.js';
import { screen } from './harness/screens.js';

async function paWithStatement(carebook: Carebook) {
  await carebook.unlockedBook();
  const pa = await carebook.call('workers.create', { fullName: 'Amira Hassan', status: 'active', startDate: '2025-01-06', jobTitle: 'Personal assistant' });
  await carebook.call('contracts.save', {
    workerId: pa.id,
    appliesFrom: '2025-01-06',
    jobTitle: 'Personal assistant',
    placeOfWork: 'My home',
    hourlyRatePence: 1300,
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
    probationMonths: 0,
    workAbroad: 'None',
    requiredTraining: 'The Care Certificate',
  });
  return pa;
}

/** A mark on the window that a reload would wipe: the page must never need one to be right. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));
}
async function expectSameWindow(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
}

test('a new job title on the Contract tab shows under their name at once (keyboard only)', async ({ page, carebook }) => {
  const pa = await paWithStatement(carebook);
  await carebook.open(`/pas/${pa.id}`);
  await expectPage(page, 'Amira Hassan');
  const status = page.locator('.pa-status');
  await expect(status).toContainText('Personal assistant');
  await markWindow(page);

  // A change of terms that applies from today: the new job title is theirs now.
  await activate(page, 'Contract');
  await expectPage(page, 'Amira Hassan');
  await activate(page, 'Change their terms');
  await expectPage(page, "Change Amira Hassan's terms");
  const [year, month, day] = londonDate(new Date()).split('-');
  await typeDate(page, String(Number(day)), String(Number(month)), year!);
  await typeInto(page, 'What changed', 'Their job title is now Senior PA.');
  await replaceInto(page, 'Job title', 'Senior PA');
  await activate(page, 'Save the new terms');

  await expectPage(page, 'Amira Hassan');
  await expect(page.getByRole('alert')).toContainText('Version 2 of their terms has been saved');
  await expect(status).toContainText('Senior PA');
  await expect(status).not.toContainText('Personal assistant');
  await screen(page, 'refresh-01-new-job-title');

  // The other tabs and the list say the same.
  await activate(page, 'Details');
  await expectPage(page, 'Amira Hassan');
  await expect(page.locator('.summary-list__row', { hasText: 'Job title' })).toContainText('Senior PA');
  await activate(page, 'Your PAs');
  await expectPage(page, 'Your PAs');
  await expect(page.getByRole('row', { name: /Amira Hassan/ })).toContainText('Senior PA');
  await expectSameWindow(page);
});

test('a document added on the Documents tab is counted on the Records tab (keyboard only)', async ({ page, carebook }) => {
  const pa = await paWithStatement(carebook);
  await carebook.open(`/pas/${pa.id}/records`);
  await expectPage(page, 'Amira Hassan');
  const copies = page.getByRole('row', { name: /Right-to-work checks and copies/ });
  await expect(copies.locator('td').first()).toHaveText('0');
  await markWindow(page);

  carebook.host.file = carebook.path('share-code-check.txt');
  writeFileSync(carebook.host.file, 'Share code checked online on 2 January 2025.\n');
  await activate(page, 'Documents');
  await expectPage(page, 'Amira Hassan');
  await activate(page, 'Add a document');
  await expectPage(page, 'Add a document');
  await activate(page, 'Right to work', 'Space');
  await typeInto(page, 'What the document is', 'Share code check');
  await activate(page, 'Choose file');
  await activate(page, 'Add');
  await expectPage(page, 'Amira Hassan');
  await expect(page.getByRole('alert')).toContainText('“Share code check” has been added');

  await activate(page, 'Records');
  await expectPage(page, 'Amira Hassan');
  await expect(copies.locator('td').first()).toHaveText('1');
  await expectSameWindow(page);
});

test('deleting a document, then the PA, never shows a “could not be found” page on the way (keyboard only)', async ({ page, carebook }) => {
  const pa = await paWithStatement(carebook);
  const file = carebook.path('notes.pdf');
  writeFileSync(file, tinyPdf());
  await carebook.call('documents.add', { workerId: pa.id, kind: 'other', label: 'Interview notes', path: file, linkedId: '' });
  // Every heading the page shows, in order: the refresh after a delete must not draw the
  // deleted thing's page again ("This PA could not be found") before the next page.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { headings: string[] }).headings = []);
    new MutationObserver(() => {
      const h1 = document.querySelector('h1')?.textContent ?? '';
      if (h1 && seen[seen.length - 1] !== h1) seen.push(h1);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await carebook.open(`/pas/${pa.id}/documents`);
  await expectPage(page, 'Amira Hassan');
  await activate(page, 'Delete Interview notes');
  await expectPage(page, 'Delete “Interview notes”?');
  await activate(page, 'Yes, delete it');
  await expectPage(page, 'Amira Hassan');
  await activate(page, 'Records');
  await expectPage(page, 'Amira Hassan');
  await activate(page, 'Delete everything about Amira Hassan');
  await expectPage(page, 'Delete everything about Amira Hassan?');
  await typeInto(page, 'Type their full name to confirm', 'Amira Hassan');
  await activate(page, 'Delete everything about Amira Hassan');
  await expectPage(page, 'Your PAs');
  expect(await page.evaluate(() => (window as unknown as { headings: string[] }).headings)).toEqual([
    'Amira Hassan',
    'Delete “Interview notes”?',
    'Amira Hassan',
    'Delete everything about Amira Hassan?',
    'Your PAs',
  ]);
});
