/**
 * Training, by keyboard only: record training with its certificate on a PA's Training tab, see
 * it in the matrix (each cell's accessible name says the PA, the topic and the status, as a
 * screen reader reads it), see an expired topic on Home and plan it in one step from there.
 * Every screen passes axe; the matrix is photographed, also at 200% zoom.
 */
import { writeFileSync } from 'node:fs';
import { addDaysIso, dateInWords, londonDate } from '../../electron/shared/dates.js';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, tabTo, typeDate } from './harness/keyboard.js';
import { tinyPdf } from './harness/samples.js';
import { screen } from './harness/screens.js';

const today = londonDate(new Date());

async function bookWithPa(carebook: Carebook) {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'active', startDate: addDaysIso(today, -400) });
  // Medication, done 14 months ago: it ran out two months ago.
  await carebook.call('training.saveRecord', { workerId: sam.id, topicId: 'medication', completedOn: addDaysIso(today, -425), how: 'face-to-face' });
  return sam;
}

test('record training with a certificate, see it in the matrix, see an expired topic on Home and plan it (keyboard only)', async ({ page, carebook }) => {
  const sam = await bookWithPa(carebook);
  const pdfPath = carebook.path('fire-certificate.pdf');
  writeFileSync(pdfPath, tinyPdf());

  await carebook.open(`/pas/${sam.id}/training`);
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('region', { name: 'What they need' })).toContainText('Medication');
  await screen(page, 'training-01-pa-tab');
  await activate(page, 'Record training');
  await expectPage(page, 'Record Sam Okafor’s training');

  await tabTo(page, 'Topic');
  await page.keyboard.type('Fire safety');
  await expect(page.getByLabel('Topic')).toHaveValue('fire-safety');
  const done = addDaysIso(today, -3);
  await typeDate(page, String(Number(done.slice(8))), String(Number(done.slice(5, 7))), done.slice(0, 4));
  await tabTo(page, 'Face to face');
  await page.keyboard.press('Space');
  carebook.host.file = pdfPath;
  await activate(page, 'Choose file');
  await expect(page.getByText('Chosen: fire-certificate.pdf')).toBeVisible();
  await screen(page, 'training-02-record-form');
  await activate(page, 'Save the training');

  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Fire safety training saved, with its certificate');
  const [record] = (await carebook.call('training.get', { workerId: sam.id })).records.filter((r) => r.topicId === 'fire-safety');
  expect(record!.certificateIds).toHaveLength(1);
  const [doc] = await carebook.call('documents.list', { workerId: sam.id });
  expect(doc).toMatchObject({ linkedId: record!.id, fileName: 'fire-certificate.pdf' });

  // The matrix: reached from the menu; the new training is valid, medication has run out.
  // The menu's Training link comes before the page (the PA's own Training tab is after it).
  await tabTo(page, 'Training', { back: true });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Training');
  const fireName = `Sam Okafor, Fire safety: Valid, runs out ${dateInWords(record!.expiresOn)}`;
  await expect(page.getByRole('cell', { name: fireName, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Sam Okafor, Medication: Expired, ran out / })).toBeVisible();
  // Read like a screen reader: every cell names its PA (row header), topic (column header) and status in words.
  const cells = await page.locator('.training-matrix tbody tr').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const pa = row.querySelector('th')!.textContent!.trim();
      const topics = [...row.closest('table')!.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
      return [...row.querySelectorAll('td')].map((td, j) => ({ name: td.getAttribute('aria-label') ?? '', pa, topic: topics[j]!, text: td.textContent ?? '' }));
    }),
  );
  expect(cells.length).toBeGreaterThan(10);
  for (const c of cells) {
    expect(c.name.startsWith(`${c.pa}, ${c.topic}: `), c.name).toBe(true);
    const status = /: (Valid|Due soon|Expired|Missing|Not required)/.exec(c.name)?.[1];
    expect(status, c.name).toBeDefined();
    // The status is in the words on screen too, with its symbol: never colour alone.
    expect(c.text).toContain(status!);
  }
  await screen(page, 'training-03-matrix');

  // A filter: only what has run out.
  await tabTo(page, 'Status');
  await page.keyboard.type('Expired');
  await expect(page.getByRole('cell', { name: fireName })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: /^Sam Okafor, Medication: Expired/ })).toBeVisible();

  // Home flags it; one link to the plan, one to plan it.
  await activate(page, 'Home');
  await expectPage(page, 'What needs your attention');
  await expect(page.getByText('Sam Okafor’s Medication training has run out')).toBeVisible();
  await activate(page, 'Plan Sam Okafor’s training');
  await expectPage(page, 'Training');
  await screen(page, 'training-04-plan');
  await activate(page, 'Plan it: Sam Okafor, Medication');
  await expectPage(page, 'Plan Sam Okafor’s Medication training');
  const by = addDaysIso(today, 20);
  await typeDate(page, String(Number(by.slice(8))), String(Number(by.slice(5, 7))), by.slice(0, 4));
  await activate(page, 'Save the plan');
  await expectPage(page, 'Training');
  await expect(page.getByRole('alert')).toContainText('Medication planned for Sam Okafor');
  const row = page.getByRole('row', { name: /Sam Okafor Medication/ });
  await expect(row).toContainText(`By ${dateInWords(by)}`);
  expect((await carebook.call('training.get', { workerId: sam.id })).plans).toMatchObject([{ topicId: 'medication', targetOn: by }]);
});

test('the other training pages pass axe: topics, a topic, funding, ASC-WDS with its errors linking to the fix', async ({ page, carebook }) => {
  const sam = await bookWithPa(carebook);
  await carebook.open('/training/topics');
  await expectPage(page, 'Training');
  await screen(page, 'training-05-topics');
  await carebook.open('/training/topics/fire-safety');
  await expectPage(page, 'Change Fire safety');
  await screen(page, 'training-06-topic');
  await carebook.open('/training/funding');
  await expectPage(page, 'Training');
  await screen(page, 'training-07-funding');
  await carebook.open('/training/asc-wds');
  await expectPage(page, 'Training');
  await expect(page.getByRole('link', { name: 'Sam Okafor: Date of birth. Enter their date of birth' })).toHaveAttribute('href', `#/pas/${sam.id}/edit`);
  await expect(page.getByRole('link', { name: 'Sam Okafor: Job role. Choose their job role for ASC-WDS' })).toBeVisible();
  await screen(page, 'training-08-asc-wds');
  await activate(page, 'Sam Okafor: Job role. Choose their job role for ASC-WDS');
  await expectPage(page, 'What is Sam Okafor’s job role?');
  await screen(page, 'training-09-role');
});

test('a matrix of more PAs than the first rows drawn shows every PA, the last one named in its cells', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  // Twelve PAs: the page draws five rows with its heading, the rest just after.
  for (let i = 1; i <= 12; i++) {
    await carebook.call('workers.create', { fullName: `PA Number${String(i).padStart(2, '0')}`, status: 'active', startDate: addDaysIso(today, -100) });
  }
  await carebook.open('/training');
  await expectPage(page, 'Training');
  const box = page.getByRole('region', { name: /^Training matrix, 12 PAs by \d+ topics/ });
  await expect(box.locator('tbody tr')).toHaveCount(12);
  await expect(box.getByRole('rowheader')).toHaveText(Array.from({ length: 12 }, (_, i) => `PA Number${String(i + 1).padStart(2, '0')}`));
  await expect(box.getByRole('cell', { name: 'PA Number12, Medication: Missing', exact: true })).toHaveCount(1);
});

test.describe('the matrix at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('headers stay in view while the matrix scrolls', async ({ page, carebook }) => {
    await carebook.unlockedBook();
    await carebook.call('book.openExample', {});
    await carebook.open('/training');
    await expectPage(page, 'Training');
    const box = page.getByRole('region', { name: /PAs? by \d+ topics/ });
    // Scrolled as a keyboard user does: the box takes focus, then the arrow keys (40 px a press).
    await box.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => box.evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([400, 80]);
    const header = page.locator('.training-matrix thead th').nth(3);
    const firstPa = page.locator('.training-matrix tbody th').first();
    // Sticky: the topic headers stay at the top of the box, the PA names at its left.
    const [boxTop, headerTop, boxLeft, paLeft] = await Promise.all([
      box.evaluate((el) => el.getBoundingClientRect().top),
      header.evaluate((el) => el.getBoundingClientRect().top),
      box.evaluate((el) => el.getBoundingClientRect().left),
      firstPa.evaluate((el) => el.getBoundingClientRect().left),
    ]);
    expect(Math.abs(headerTop - boxTop)).toBeLessThan(3);
    expect(Math.abs(paLeft - boxLeft)).toBeLessThan(3);
    await screen(page, 'training-10-matrix-200-percent-zoom');
  });
});
