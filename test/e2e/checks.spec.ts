/**
 * The Checks tab, by keyboard only: right to work (time-limited, so a follow-up date), a DBS
 * check with a status check, a reference and an interview with notes on two values. Each form
 * is checked with axe and photographed.
 */
import type { Page } from '@playwright/test';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo, typeInto, typeDate } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

/** Choose a radio by keyboard: Tab into the group at its first option, then arrow down to the one wanted. */
async function chooseRadio(page: Page, first: string, steps: number) {
  await tabTo(page, first);
  if (steps === 0) await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}

test('record the safe-recruitment checks and see them on the Checks tab (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'applicant' });
  await carebook.open(`/pas/${sam.id}`);
  await expectPage(page, 'Sam Okafor');
  await activate(page, 'Checks');
  await expectPage(page, 'Sam Okafor');
  await expect(page).toHaveTitle(/^Checks – Sam Okafor/);
  await expect(page.getByText('No right-to-work check recorded. You must check before they start work.')).toBeVisible();
  await screen(page, 'checks-01-empty');

  // Right to work: online, time-limited.
  await activate(page, 'Record a right-to-work check');
  await expectPage(page, 'Record Sam Okafor’s right-to-work check');
  await chooseRadio(page, 'I saw their original documents with them there', 1);
  await typeDate(page, '2', '11', '2026');
  await typeInto(page, 'Documents seen or share code (optional)', 'Share code W12 345 678');
  await chooseRadio(page, 'No, there is no time limit', 1);
  await typeDate(page, '31', '3', '2027');
  await screen(page, 'checks-02-right-to-work-form');
  await activate(page, 'Save the check');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Right-to-work check saved. Check again by 31 March 2027');
  const rtw = page.getByRole('region', { name: 'Right to work' });
  await expect(rtw).toContainText('Check again by 31 March 2027');
  await expect(rtw).toContainText('Online check with a share code');
  await expect(rtw).toContainText('Time-limited: ends on 31 March 2027');

  // DBS: enhanced with the adults' barred list, on the Update Service.
  await activate(page, 'Record a DBS check');
  await expectPage(page, 'Record Sam Okafor’s DBS check');
  await chooseRadio(page, 'Basic', 2);
  // Enhanced asks each barred list as its own yes/no question: adults' yes, children's no.
  await expect(page.getByRole('group', { name: 'Was the adults’ barred list checked?' })).toBeVisible();
  await chooseRadio(page, 'Yes', 0);
  await chooseRadio(page, 'Yes', 1);
  await expect(page.getByRole('group', { name: 'Was the children’s barred list checked?' }).getByLabel('No')).toBeChecked();
  await typeInto(page, 'Certificate number (optional)', '001234567890');
  await typeDate(page, '20', '10', '2026');
  await typeDate(page, '25', '10', '2026');
  await tabTo(page, 'They agreed that I can check this certificate online (status checks)');
  await page.keyboard.press('Space');
  await screen(page, 'checks-03-dbs-form');
  await activate(page, 'Save the DBS check');
  await expectPage(page, 'Sam Okafor');
  const dbs = page.getByRole('region', { name: 'DBS check' });
  await expect(dbs).toContainText('Enhanced');
  await expect(dbs).toContainText('Adults’ barred list');
  await expect(dbs).toContainText('Joined on 25 October 2026');

  await activate(page, 'Record a status check');
  await expectPage(page, 'Record a status check of Sam Okafor’s DBS certificate');
  await typeDate(page, '20', '11', '2026');
  await chooseRadio(page, 'No new information: the certificate is still up to date', 0);
  await screen(page, 'checks-04-status-check-form');
  await activate(page, 'Save the status check');
  await expectPage(page, 'Sam Okafor');
  await expect(dbs.locator('table')).toContainText('20 November 2026');
  await expect(dbs.locator('table')).toContainText('No new information');

  // A reference.
  await activate(page, 'Record a reference');
  await expectPage(page, 'Record a reference for Sam Okafor');
  await typeInto(page, 'Name of the referee', 'Dana Reed');
  await typeInto(page, 'How they know the PA (optional)', 'Their last employer');
  await chooseRadio(page, 'I am still waiting for it', 1);
  await screen(page, 'checks-05-reference-form');
  await activate(page, 'Save the reference');
  await expectPage(page, 'Sam Okafor');
  const refs = page.getByRole('region', { name: 'References' });
  await expect(refs).toContainText('From Dana Reed');
  await expect(refs).toContainText('Satisfactory');

  // An interview, with notes on two of the values.
  await activate(page, 'Record an interview');
  await expectPage(page, 'Record an interview with Sam Okafor');
  await typeDate(page, '3', '11', '2026');
  await typeInto(page, 'Who interviewed (optional)', 'Me and my sister');
  await typeInto(page, /^What they said \(optional\): Kind/, 'Talked about calming a neighbour after a fall.');
  await typeInto(page, 'What they said (optional): Respect', 'Would always ask me first.');
  await chooseRadio(page, 'Offer them the job', 0);
  await screen(page, 'checks-06-interview-form');
  await activate(page, 'Save the interview');
  await expectPage(page, 'Sam Okafor');
  const interview = page.getByRole('region', { name: 'Interview' });
  await expect(interview).toContainText('Interview on 3 November 2026');
  await expect(interview).toContainText('Offer them the job');
  await expect(interview).toContainText('Kind, compassionate and empathetic');
  await expect(interview).toContainText('Talked about calming a neighbour after a fall.');
  await expect(interview).toContainText('Would always ask me first.');
  await expect(interview).not.toContainText('Proud and positive');
  await screen(page, 'checks-07-recorded');

  const saved = await carebook.call('checks.get', { workerId: sam.id });
  expect(saved.rightToWork[0]).toMatchObject({ method: 'online', permission: 'time-limited', permissionEndsOn: '2027-03-31', followUpDueOn: '2027-03-31' });
  expect(saved.dbs[0]).toMatchObject({ level: 'enhanced', adultsBarredList: true, childrenBarredList: false, statusCheckConsent: true });
  expect(saved.dbs[0]!.statusChecks).toHaveLength(1);
  expect(saved.interviews[0]!.answers.map((a) => a.value)).toEqual(['kind', 'respect']);
});

test('a check entered by mistake is deleted after confirming (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'applicant' });
  await carebook.call('checks.saveReference', { workerId: sam.id, refereeName: 'Dana Reed', outcome: 'waiting' });
  await carebook.open(`/pas/${sam.id}/checks`);
  await expectPage(page, 'Sam Okafor');
  await activate(page, 'Delete the reference from Dana Reed');
  await expectPage(page, 'Delete this reference?');
  await screen(page, 'checks-08-delete-confirm');
  await activate(page, 'Yes, delete this reference');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('The reference has been deleted');
  await expect(page.getByRole('region', { name: 'References' })).toContainText('No references recorded.');
  expect((await carebook.call('checks.get', { workerId: sam.id })).references).toEqual([]);
});
