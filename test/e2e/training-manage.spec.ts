/// <reference lib="dom" />
/**
 * Training, kept right, by keyboard only: excusing a PA from a topic everyone needs (with the
 * reason, shown on their training; "Not required" in the matrix), and deleting a training
 * record with its certificate, a qualification and a planned item, each through its "Are you
 * sure?" page. Every new screen passes axe and is photographed at the normal width and at 320 px.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addDaysIso, dateInWords, londonDate } from '../../electron/shared/dates.js';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, tabTo, typeInto } from './harness/keyboard.js';
import { tinyPdf } from './harness/samples.js';
import { screen } from './harness/screens.js';

const today = londonDate(new Date());

/** Photographed (with axe) at the normal width, then at 320 px, where the page must not scroll sideways. */
async function bothWidths(page: Page, name: string) {
  await screen(page, name);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 320 px`).toBeLessThanOrEqual(320);
  await screen(page, `${name}-320`);
  await page.setViewportSize(size);
}

async function bookWithPa(carebook: Carebook) {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'active', startDate: addDaysIso(today, -400) });
  await carebook.call('workers.create', { fullName: 'Ali Brown', status: 'active', startDate: addDaysIso(today, -200) });
  return sam;
}

test('excuse a PA from a topic everyone needs, with the reason; the matrix says "Not required" (keyboard only)', async ({ page, carebook }) => {
  const sam = await bookWithPa(carebook);
  await carebook.open(`/pas/${sam.id}/training`);
  await expectPage(page, 'Sam Okafor');
  await tabTo(page, 'Excuse them from Fire safety', { max: 80 });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Does Sam Okafor need Fire safety training?');
  // "Yes" is chosen to begin with; the arrow keys move within the radios, as a keyboard user does.
  await tabTo(page, 'Yes, they need it');
  await page.keyboard.press('ArrowDown');
  await typeInto(page, 'Why do they not need it?', 'They only go with her on walks outdoors');
  await bothWidths(page, 'training-11-excuse');
  await activate(page, 'Save');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Fire safety: not required for Sam Okafor');
  const row = page.getByRole('row', { name: /^Fire safety/ });
  await expect(row).toContainText('Not required');
  await expect(row).toContainText('They do not need it: They only go with her on walks outdoors');
  await bothWidths(page, 'training-12-pa-tab-excused');

  await carebook.open('/training');
  await expectPage(page, 'Training');
  await expect(page.getByRole('cell', { name: 'Sam Okafor, Fire safety: Not required', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Ali Brown, Fire safety: Missing', exact: true })).toBeVisible();

  // Needed after all: the same page, "Yes".
  await carebook.open(`/pas/${sam.id}/training`);
  await expectPage(page, 'Sam Okafor');
  await tabTo(page, 'Change whether they need Fire safety', { max: 80 });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Does Sam Okafor need Fire safety training?');
  await tabTo(page, 'No, not for them');
  await page.keyboard.press('ArrowUp');
  await activate(page, 'Save');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('row', { name: /^Fire safety/ })).toContainText('Missing');
});

test('a reason is needed to excuse them, said in words', async ({ page, carebook }) => {
  const sam = await bookWithPa(carebook);
  await carebook.open(`/pas/${sam.id}/training/needs/fire-safety`);
  await expectPage(page, 'Does Sam Okafor need Fire safety training?');
  // "Yes" is chosen to begin with; the arrow keys move within the radios, as a keyboard user does.
  await tabTo(page, 'Yes, they need it');
  await page.keyboard.press('ArrowDown');
  await activate(page, 'Save');
  await expect(page.getByRole('alert')).toContainText('Enter why they do not need it');
  expect((await carebook.call('training.topics', {})).find((t) => t.id === 'fire-safety')!.excused).toEqual([]);
});

test('delete a training record with its certificate, a qualification and a plan, each after "Are you sure?" (keyboard only)', async ({ page, carebook }) => {
  const sam = await bookWithPa(carebook);
  const done = addDaysIso(today, -10);
  const record = await carebook.call('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: done, how: 'face-to-face' });
  const pdfPath = carebook.path('certificate.pdf');
  writeFileSync(pdfPath, tinyPdf());
  await carebook.call('documents.add', { workerId: sam.id, path: pdfPath, kind: 'other', label: 'Fire safety certificate', linkedId: record.id });
  await carebook.call('training.saveQualification', { workerId: sam.id, name: 'Level 3 Diploma in Adult Care', level: 3, status: 'working-towards' });
  await carebook.call('training.savePlan', { workerId: sam.id, topicId: 'medication', targetOn: addDaysIso(today, 30) });

  // The record: from its own page.
  await carebook.open(`/pas/${sam.id}/training`);
  await expectPage(page, 'Sam Okafor');
  // Past every topic's links in the table of what they need.
  await tabTo(page, `Fire safety, done ${dateInWords(done)}`, { max: 80 });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Change Sam Okafor’s training record');
  await activate(page, 'Delete this training record');
  const question = `Are you sure you want to delete Sam Okafor’s Fire safety training from ${dateInWords(done)}?`;
  await expectPage(page, question);
  await expect(page.getByText('Carebook will delete its certificate with it')).toBeVisible();
  await expect(page.getByText('This cannot be undone.')).toBeVisible();
  await bothWidths(page, 'training-13-delete-record');
  // "No, go back" changes nothing.
  await activate(page, 'No, go back');
  await expectPage(page, 'Sam Okafor');
  expect((await carebook.call('training.get', { workerId: sam.id })).records).toHaveLength(1);
  await carebook.open(`/pas/${sam.id}/training/record/${record.id}/delete`);
  await expectPage(page, question);
  await activate(page, 'Yes, delete it');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText(`Fire safety training from ${dateInWords(done)} has been deleted`);
  expect((await carebook.call('training.get', { workerId: sam.id })).records).toEqual([]);
  expect(await carebook.call('documents.list', { workerId: sam.id })).toEqual([]);

  // The qualification: from its page.
  await tabTo(page, 'Level 3 Diploma in Adult Care', { max: 120 });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Change Level 3 Diploma in Adult Care');
  await activate(page, 'Delete this qualification');
  await expectPage(page, 'Are you sure you want to delete Sam Okafor’s Level 3 Diploma in Adult Care?');
  await bothWidths(page, 'training-14-delete-qualification');
  await activate(page, 'Yes, delete it');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Level 3 Diploma in Adult Care has been deleted');

  // The plan: from the list of what is planned.
  await tabTo(page, 'Delete the plan for Medication', { max: 80 });
  await page.keyboard.press('Enter');
  const plan = `Are you sure you want to delete the plan for Sam Okafor’s Medication training by ${dateInWords(addDaysIso(today, 30))}?`;
  await expectPage(page, plan);
  await bothWidths(page, 'training-15-delete-plan');
  await activate(page, 'Yes, delete it');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('The plan for Medication has been deleted');
  const after = await carebook.call('training.get', { workerId: sam.id });
  expect([after.qualifications, after.plans]).toEqual([[], []]);
});
