/**
 * Your PAs, by keyboard only: the list, adding a PA (with a mistake first), search, and the
 * PA's journey from applying to working to leaving. Each new screen is checked with axe and
 * photographed.
 */
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo, typeInto, typeDate } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

/** Fill the three boxes of the next date input after the focused control. */
test('add a PA, find them, and follow them from applying to leaving (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.call('workers.create', { fullName: 'Priya Shah', status: 'active', startDate: '2025-03-01', jobTitle: 'Personal assistant' });
  await carebook.open('/');
  await expectPage(page, 'What needs your attention');

  await activate(page, 'Your PAs');
  await expectPage(page, 'Your PAs');
  await expect(page.locator('.nav__link[aria-current="page"]')).toHaveText('Your PAs');
  await screen(page, 'pas-01-list');

  // Add a PA, with a National Insurance number that is too short.
  await activate(page, 'Add a PA');
  await expectPage(page, 'Add a PA');
  await screen(page, 'pas-02-add');
  await typeInto(page, 'Full name', 'Sam Okafor');
  await typeInto(page, 'Preferred name (optional)', 'Sam');
  await typeDate(page, '14', '7', '1991');
  await typeInto(page, 'National Insurance number (optional)', 'qq 12 34');
  await typeInto(page, 'Job title (optional)', 'Personal assistant');
  await tabTo(page, 'They are applying, or due to start');
  await page.keyboard.press('Space');
  await activate(page, 'Save and add this PA');

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([/^National Insurance number must be 2 letters, 6 numbers/]);
  await expect(page).toHaveTitle(/^Error: Add a PA/);
  await screen(page, 'pas-03-add-error');

  // The summary's link takes focus to the box; type it again in lower case with spaces.
  await summary.focus();
  await activate(page, /^National Insurance number must be/);
  await expect(page.getByLabel('National Insurance number (optional)')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('qq 12 34 56 c');
  await activate(page, 'Save and add this PA');

  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Sam Okafor has been added');
  await expect(page.locator('.pa-status')).toContainText('Applying to work for you');
  const details = page.locator('.summary-list').first();
  await expect(details).toContainText('QQ 12 34 56 C');
  await expect(details).toContainText('14 July 1991');
  await expect(page.getByRole('navigation', { name: 'About Sam' }).getByRole('link', { name: 'Details' })).toHaveAttribute('aria-current', 'page');
  await screen(page, 'pas-04-details');

  // Both PAs are in the list; search finds Sam and not Priya, and says how many it found.
  await activate(page, 'Your PAs');
  await expectPage(page, 'Your PAs');
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(2);
  await typeInto(page, 'Search by name', 'okaf');
  await expect(page.getByRole('status')).toHaveText('1 PA found for “okaf”');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sam Okafor');
  await expect(rows.first()).toContainText('Applying');
  await screen(page, 'pas-05-list-search');

  // They start work.
  await activate(page, 'Sam Okafor');
  await expectPage(page, 'Sam Okafor');
  await activate(page, 'They have started work');
  await expectPage(page, 'When did Sam Okafor start work?');
  await screen(page, 'pas-06-started');
  await typeDate(page, '5', '1', '2026');
  await activate(page, 'Save');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Sam Okafor now works for you');
  await expect(page.locator('.pa-status')).toContainText('Works for you since 5 January 2026');

  // They leave.
  await activate(page, 'They have left');
  await expectPage(page, 'Record that Sam Okafor has left');
  await screen(page, 'pas-07-left');
  await typeDate(page, '30', '9', '2026');
  await typeInto(page, 'Why they left', 'They moved to Leeds.');
  await activate(page, 'Save');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('Sam Okafor is marked as left');
  await expect(page.locator('.pa-status')).toContainText('Left on 30 September 2026');
  await expect(page.getByText('They moved to Leeds.')).toBeVisible();
  await screen(page, 'pas-08-details-left');

  // Not among current PAs any more; listed under "Left".
  await activate(page, 'Your PAs');
  await expectPage(page, 'Your PAs');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Priya Shah');
  await tabTo(page, 'Working for you or applying');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status')).toHaveText('1 PA');
  await expect(rows.first()).toContainText('Sam Okafor');
  await expect(rows.first()).toContainText('Left on 30 September 2026');

  const saved = (await carebook.call('workers.list', { show: 'all' })).find((w) => w.fullName === 'Sam Okafor');
  expect(saved?.status).toBe('left');
  expect((await carebook.call('workers.get', { id: saved!.id })).niNumber).toBe('QQ123456C');
});

test('change a PA’s details from the summary list', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const w = await carebook.call('workers.create', { fullName: 'Jo Bloggs', status: 'applicant' });
  await carebook.open(`/pas/${w.id}`);
  await expectPage(page, 'Jo Bloggs');
  await activate(page, 'Change pronouns');
  await expectPage(page, 'Change Jo Bloggs’s details');
  await screen(page, 'pas-09-edit');
  await typeInto(page, 'Pronouns (optional)', 'she/her');
  await activate(page, 'Save');
  await expectPage(page, 'Jo Bloggs');
  await expect(page.getByRole('alert')).toContainText('Their details have been saved');
  await expect(page.locator('.summary-list').first()).toContainText('she/her');
});
