/**
 * Importing PAs from a CSV file, by keyboard only: the file is read in the page, the core says
 * what it found row by row, and only the good rows are imported.
 */
import { resolve } from 'node:path';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

const CSV = resolve(import.meta.dirname, 'fixtures', 'pas.csv');

test('preview a spreadsheet with one bad row, then import the 3 good ones (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/pas');
  await expectPage(page, 'Your PAs');
  await expect(page.getByText('Nobody works for you or is applying at the moment.')).toBeVisible();

  await activate(page, 'Import from a spreadsheet');
  await expectPage(page, 'Import PAs from a spreadsheet');
  await screen(page, 'import-01-choose');

  // No file chosen yet: the summary says so and takes focus.
  await activate(page, 'Check the file');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Choose a CSV file');

  await tabTo(page, 'Choose the CSV file');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(CSV);
  await activate(page, 'Check the file');

  await expectPage(page, 'Check the PAs before you import them');
  await expect(page.getByText('pas.csv')).toBeVisible();
  await expect(page.locator('.import-counts')).toContainText('3 PAs can be imported.');
  await expect(page.locator('.import-counts')).toContainText('1 row has problems and will not be imported.');
  await expect(page.getByText('It ignored: Favourite colour.')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  await expect(problems.locator('tbody tr')).toContainText('3');
  await expect(problems.locator('tbody tr')).toContainText('Ben Carter');
  await expect(problems.locator('tbody tr')).toContainText('Date of birth must be a real date');
  await expect(page.getByRole('table', { name: 'PAs that will be imported' }).locator('tbody tr')).toHaveCount(3);
  await screen(page, 'import-02-preview');

  await activate(page, 'Import 3 PAs');
  await expectPage(page, 'Your PAs');
  await expect(page.getByRole('alert')).toContainText('3 PAs imported');
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Ben Carter' })).toHaveCount(0);

  const all = await carebook.call('workers.list', { show: 'all' });
  expect(all.map((w) => w.fullName).sort()).toEqual(['Amira Hussain', 'Chloe Davies', 'Dev Patel']);
  const amira = await carebook.call('workers.get', { id: all.find((w) => w.fullName === 'Amira Hussain')!.id });
  expect(amira).toMatchObject({ niNumber: 'AB123456C', dateOfBirth: '1988-04-12', startDate: '2026-01-05', status: 'active' });
});
