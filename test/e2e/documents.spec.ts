/**
 * A PA's documents, by keyboard: attach a PDF, open it with the "system viewer" (the harness
 * records the path), rename it, refuse a program dressed up as a PDF, delete after confirming,
 * and attach the signed statement from the Contract tab. Every screen checked with axe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, expectFocused, tabTo, typeInto } from './harness/keyboard.js';
import { SAMPLE_EMPLOYER, tinyPdf } from './harness/samples.js';
import { screen } from './harness/screens.js';

/** A Windows program's header (MZ … PE), named like a PDF. */
function fakeProgram(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

async function paWithEmployer(carebook: Carebook) {
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  return carebook.call('workers.create', { fullName: 'Joanna Bloggs', preferredName: 'Jo', startDate: '2025-09-01', jobTitle: 'Personal assistant', status: 'active' });
}

test('attach, open, rename, refuse a fake PDF, and delete (keyboard only)', async ({ page, carebook }) => {
  // A long keyboard journey with axe on every screen: give it room on a busy machine.
  test.slow();
  const pa = await paWithEmployer(carebook);
  const pdf = tinyPdf();
  const pdfPath = carebook.path('passport.pdf');
  writeFileSync(pdfPath, pdf);
  const exePath = carebook.path('invoice.pdf');
  writeFileSync(exePath, fakeProgram());

  await carebook.open('/pas');
  await activate(page, /Joanna Bloggs/);
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Documents');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('There are no documents for them yet.')).toBeVisible();
  await screen(page, 'documents-none');

  // Add a PDF: kind, what it is, then the file from the computer's own dialog.
  await activate(page, 'Add a document');
  await expectPage(page, 'Add a document');
  await expect(page.getByText('You can add files up to 20 MB')).toBeVisible();
  await tabTo(page, 'Right to work');
  await page.keyboard.press('Space');
  await typeInto(page, 'What the document is', 'Passport, photo page');
  carebook.host.file = pdfPath;
  await activate(page, 'Choose file');
  await expect(page.getByText('Chosen: passport.pdf')).toBeVisible();
  await expect(page.getByLabel('File')).toHaveValue(pdfPath);
  await screen(page, 'documents-add');
  await activate(page, 'Add');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByRole('alert')).toContainText('“Passport, photo page” has been added');
  const rows = page.locator('table.documents-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Passport, photo page');
  await expect(rows.first()).toContainText('Right to work');
  await expect(rows.first()).toContainText('passport.pdf');
  await expect(rows.first()).toContainText('1 KB');
  await screen(page, 'documents-list');

  // Open: the core writes a readable copy, the host opens it; its bytes are the original's.
  await activate(page, 'Open Passport, photo page');
  await expect.poll(() => carebook.host.opened.length).toBe(1);
  expect(readFileSync(carebook.host.opened[0]!).equals(pdf)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'opened in another window' })).toBeVisible();

  // Rename.
  await activate(page, 'Rename Passport, photo page');
  await expectPage(page, 'Rename a document');
  await screen(page, 'documents-rename');
  await tabTo(page, 'What the document is');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Passport');
  await activate(page, 'Save');
  await expectPage(page, 'Joanna Bloggs');
  await expect(rows.first()).toContainText('Passport');
  await expect(rows.first()).not.toContainText('photo page');

  // A program named .pdf is refused, and the message is on the file question.
  await activate(page, 'Add a document');
  await expectPage(page, 'Add a document');
  await tabTo(page, 'Right to work');
  // Arrow keys move through the radios to the last one.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expectFocused(page, 'Something else');
  await typeInto(page, 'What the document is', 'Invoice');
  carebook.host.file = exePath;
  await activate(page, 'Choose file');
  await expect(page.getByText('Chosen: invoice.pdf')).toBeVisible();
  await activate(page, 'Add');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Carebook cannot keep this kind of file');
  await expect(page.locator('#f-path-error')).toContainText('Carebook cannot keep this kind of file');
  await expect(page).toHaveTitle(/^Error: /);
  await screen(page, 'documents-add-refused');
  await activate(page, /^Carebook cannot keep this kind of file/);
  await expectFocused(page, 'File');
  expect(await carebook.call('documents.list', { workerId: pa.id })).toHaveLength(1);

  // Delete, after confirming.
  await activate(page, 'Back');
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Delete Passport');
  await expectPage(page, 'Delete “Passport”?');
  await screen(page, 'documents-delete');
  await activate(page, 'Yes, delete it');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByRole('alert')).toContainText('“Passport” has been deleted');
  await expect(page.getByText('There are no documents for them yet.')).toBeVisible();
  expect(await carebook.call('documents.list', { workerId: pa.id })).toEqual([]);
});

test('the signed statement is attached from the Contract tab and linked to its version', async ({ page, carebook }) => {
  const pa = await paWithEmployer(carebook);
  const version = await carebook.call('contracts.save', {
    workerId: pa.id,
    appliesFrom: '2025-09-01',
    jobTitle: 'Personal assistant',
    placeOfWork: 'My home',
    hourlyRatePence: 1300,
    payFrequency: 'monthly',
    payDay: 'The last Friday of each month',
    hoursPerWeek: 12,
    workingPattern: 'Mondays and Tuesdays, 9am to 3pm',
    holidayMethod: 'weeks',
    daysPerWeek: 2,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay',
    employerNoticeWeeks: 1,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    probationMonths: 3,
    workAbroad: 'None',
    requiredTraining: 'The Care Certificate',
  });
  const scan = carebook.path('signed.pdf');
  writeFileSync(scan, tinyPdf());

  await carebook.open(`/pas/${pa.id}/contract`);
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Attach the signed copy');
  await expectPage(page, 'Add a document');
  await expect(page.getByLabel('Signed written statement')).toBeChecked();
  await expect(page.getByLabel('What the document is')).toHaveValue('Signed written statement');
  carebook.host.file = scan;
  await activate(page, 'Choose file');
  await activate(page, 'Add');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.locator('table.documents-table tbody tr')).toContainText('Signed written statement');
  const [doc] = await carebook.call('documents.list', { workerId: pa.id });
  expect(doc).toMatchObject({ kind: 'signed-statement', linkedId: version.id, fileName: 'signed.pdf' });

  // The Contract tab now shows the signed copy instead of asking for it, and it opens.
  await activate(page, 'Contract');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByText('The signed copy is kept in your book:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Attach the signed copy' })).toHaveCount(0);
  await activate(page, 'Open Signed written statement');
  await expect(page.getByRole('status').filter({ hasText: 'opened in another window' })).toBeVisible();
  expect(carebook.host.opened).toHaveLength(1);
  expect(readFileSync(carebook.host.opened[0]!)).toEqual(readFileSync(scan));
  await screen(page, 'contract-signed-copy');
});
