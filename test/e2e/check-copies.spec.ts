/**
 * The copy of a right-to-work check's documents, by keyboard only: the Checks tab says plainly
 * that none is kept yet, "Attach the copy of their documents" opens the add form already knowing
 * the kind and the check, Add comes back to the Checks tab with the file under its check, and
 * Open gives the system viewer a file with the original's bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, typeInto } from './harness/keyboard.js';
import { tinyPdf } from './harness/samples.js';
import { screen } from './harness/screens.js';

test('attach the copy of a right-to-work check’s documents and open it (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'applicant' });
  const check = await carebook.call('checks.saveRightToWork', {
    workerId: sam.id,
    checkedOn: '2026-11-02',
    method: 'documents',
    evidence: 'UK passport',
    permission: 'unlimited',
  });
  const pdf = tinyPdf();
  const pdfPath = carebook.path('passport.pdf');
  writeFileSync(pdfPath, pdf);

  await carebook.open(`/pas/${sam.id}/checks`);
  await expectPage(page, 'Sam Okafor');
  const rtw = page.getByRole('region', { name: 'Right to work' });
  await expect(rtw).toContainText('No copy attached yet. The law says you must keep a copy of the documents you checked.');

  // The link names its check for screen readers; the visible words come first.
  await activate(page, 'Attach the copy of their documents for the right-to-work check of 2 November 2026');
  await expectPage(page, 'Add a document');
  await expect(page.getByLabel('Right to work')).toBeChecked();
  await typeInto(page, 'What the document is', 'Passport, photo page');
  carebook.host.file = pdfPath;
  await activate(page, 'Choose file');
  await expect(page.getByText('Chosen: passport.pdf')).toBeVisible();
  await activate(page, 'Add');

  // Back on the Checks tab, with the copy under its check.
  await expectPage(page, 'Sam Okafor');
  await expect(page).toHaveTitle(/^Checks – Sam Okafor/);
  await expect(page.getByRole('alert')).toContainText('“Passport, photo page” has been added');
  await expect(rtw).not.toContainText('No copy attached yet');
  const copyRow = rtw.locator('.summary-list__row').filter({ hasText: 'Copy of their documents' });
  await expect(copyRow).toContainText('Passport, photo page');
  await expect(copyRow).toContainText('passport.pdf');
  const [doc] = await carebook.call('documents.list', { workerId: sam.id });
  expect(doc).toMatchObject({ kind: 'right-to-work', linkedId: check.id, label: 'Passport, photo page', fileName: 'passport.pdf' });
  await screen(page, 'checks-09-copy-attached');

  // Open: the core writes a readable copy, the host opens it; its bytes are the original's.
  await activate(page, 'Open Passport, photo page');
  await expect.poll(() => carebook.host.opened.length).toBe(1);
  expect(readFileSync(carebook.host.opened[0]!).equals(pdf)).toBe(true);
  await expect(copyRow.getByRole('status')).toHaveText('“Passport, photo page” opened in another window.');
});
