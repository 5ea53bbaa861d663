/**
 * The book's history, by keyboard only: a PA's History tab lists what was changed about them,
 * newest first, with each field's old and new value in words; a filter by part of the book,
 * applied with its button; the whole book's History page names the PA of each line and links
 * to them; "Show older changes" brings the next page and moves focus to it; empty states in
 * plain words. Every screen checked with axe and photographed.
 */
import type { Page } from '@playwright/test';
import { expect, expectPage, test, type Carebook } from './harness/fixtures.js';
import { activate, replaceInto, tabTo, typeInto } from './harness/keyboard.js';
import { screen, screenPath } from './harness/screens.js';

async function bookWithJo(carebook: Carebook) {
  await carebook.unlockedBook();
  return carebook.call('workers.create', {
    fullName: 'Joanna Bloggs',
    preferredName: 'Jo',
    status: 'active',
    startDate: '2025-09-01',
    jobTitle: 'Personal assistant',
  });
}

/** Choose an option of the focused select with the arrow keys, as a keyboard user does. */
async function choose(page: Page, label: string, option: string) {
  await tabTo(page, label);
  const select = page.getByLabel(label);
  const options = await select.locator('option').allTextContents();
  const from = options.indexOf((await select.locator('option:checked').textContent()) ?? '');
  const to = options.indexOf(option);
  expect(to, `${option} is one of ${options.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
  await expect(select.locator('option:checked')).toHaveText(option);
}

test('a PA’s History tab: what changed, newest first, filtered by part of their records (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  const jo = await bookWithJo(carebook);
  await carebook.open(`/pas/${jo.id}`);
  await expectPage(page, 'Joanna Bloggs');

  // Change their job title and add a phone number, then record a reference.
  await activate(page, 'Change job title');
  await expectPage(page, 'Change Joanna Bloggs’s details');
  await replaceInto(page, 'Job title (optional)', 'Senior PA');
  await activate(page, 'Save');
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Checks');
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'Record a reference');
  await expectPage(page, 'Record a reference for Joanna Bloggs');
  await typeInto(page, 'Name of the referee', 'Dana Reed');
  await tabTo(page, 'I am still waiting for it');
  await page.keyboard.press('Space');
  await activate(page, 'Save the reference');
  await expectPage(page, 'Joanna Bloggs');

  // Their History tab, last of the tabs.
  await activate(page, 'History');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page).toHaveTitle('History – Joanna Bloggs – Carebook');
  const tabs = page.getByRole('navigation', { name: 'About Jo' }).getByRole('link');
  await expect(tabs).toHaveText(['Details', 'Checks', 'Contract', 'Pay', 'Hours', 'Training', 'Documents', 'Records', 'History']);
  const lines = page.locator('.history-line');
  await expect(lines.locator('h3')).toHaveText([
    'Recorded a reference from Dana Reed',
    'Changed their details',
    'Added Joanna Bloggs, working for you from 1 September 2025',
  ]);
  await expect(page.getByRole('status')).toHaveText('3 changes, newest first');
  // When, in words, and which part of their records.
  const meta = lines.nth(1).locator('.history-line__meta');
  await expect(meta.locator('time')).toHaveText(/^\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$/);
  await expect(meta).toHaveText(/ Details$/);
  // What became what: the arrow for the eye, "changed to" for screen readers.
  const title = lines.nth(1).locator('li', { hasText: 'Job title' });
  await expect(title).toHaveText('Job title: Personal assistant → changed to Senior PA');
  await expect(title.locator('[aria-hidden="true"]')).toHaveText(' → ');
  await expect(title.locator('.visually-hidden')).toHaveText(' changed to ');
  // A new record lists what was recorded, without arrows.
  await expect(lines.nth(0).locator('li', { hasText: 'Name of the referee' })).toHaveText('Name of the referee: Dana Reed');
  await screen(page, 'history-01-pa-tab');

  // Only the Checks: chosen, then applied with the button (choosing alone changes nothing).
  await choose(page, 'Show changes to', 'Checks');
  await expect(lines).toHaveCount(3);
  await activate(page, 'Show these changes');
  await expect(lines).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('1 change to Checks, newest first');
  await expect(lines.first().locator('h3')).toHaveText('Recorded a reference from Dana Reed');
  await screen(page, 'history-02-pa-tab-checks');

  // A part with no changes says so in words.
  await choose(page, 'Show changes to', 'Documents');
  await activate(page, 'Show these changes');
  // Said to screen readers too: the message is where the count was.
  await expect(page.getByRole('status')).toHaveText('There are no changes to Jo’s documents yet.');
  await expect(lines).toHaveCount(0);
  // The form stayed in the page while the new list loaded, so the keyboard is where it was.
  await expect(page.getByRole('button', { name: 'Show these changes' })).toBeFocused();
  await screen(page, 'history-03-pa-tab-empty');

  // The filter stays as it was left when coming back to the tab.
  await activate(page, 'Details');
  await expectPage(page, 'Joanna Bloggs');
  await activate(page, 'History');
  await expectPage(page, 'Joanna Bloggs');
  await expect(page.getByLabel('Show changes to').locator('option:checked')).toHaveText('Documents');
  await choose(page, 'Show changes to', 'All their records');
  await activate(page, 'Show these changes');
  await expect(lines).toHaveCount(3);
});

test('the whole book’s History page names each PA and pages back through older changes (keyboard only)', async ({ page, carebook }) => {
  test.slow();
  const jo = await bookWithJo(carebook);
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'applicant' });
  // 52 more changes to the book itself, so the history has more than one page (50 lines).
  for (let i = 0; i < 52; i++) await carebook.call('settings.update', { autoLockMinutes: i % 2 ? 5 : 6 });
  await carebook.call('checks.saveReference', { workerId: sam.id, refereeName: 'Dana Reed', outcome: 'satisfactory' });

  await carebook.open('/');
  await expectPage(page, 'What needs your attention');
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(nav).toHaveText(['Home', 'Your PAs', 'Training', 'Pay periods', 'History', 'Settings', 'Backups', 'Help']);
  await activate(page, 'History');
  await expectPage(page, 'History');
  await expect(page).toHaveTitle('History – Carebook');
  const lines = page.locator('.history-line');
  await expect(lines).toHaveCount(50);
  await expect(page.getByRole('status')).toHaveText('The newest 50 changes, newest first');
  await expect(lines.first().locator('h2')).toHaveText('Recorded a reference from Dana Reed');
  await expect(lines.first()).toContainText('About Sam Okafor');
  await expect(lines.nth(1).locator('li', { hasText: 'Lock after' })).toHaveText(/^Lock after this many minutes: [56]\s+→\s+changed to [56]$/);
  await screen(page, 'history-10-book');

  // Older changes: the next page joins the list, and focus moves to its first line.
  await activate(page, 'Show older changes');
  await expect(lines).toHaveCount(55);
  await expect(lines.nth(50)).toBeFocused();
  await page.screenshot({ path: screenPath('history-11b-older-focused'), clip: { x: 0, y: (await lines.nth(50).boundingBox())!.y - 60, width: 1280, height: 300 } });
  await expect(page.getByRole('status')).toHaveText('55 changes, newest first');
  await expect(page.getByRole('button', { name: 'Show older changes' })).toHaveCount(0);
  await expect(lines.last().locator('h2')).toHaveText('Added Joanna Bloggs, working for you from 1 September 2025');
  await screen(page, 'history-11-book-older');

  // Only the PAs' details; then follow a line to the PA it is about.
  await choose(page, 'Show changes to', 'Details');
  await activate(page, 'Show these changes');
  await expect(lines).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('2 changes to Details, newest first');
  await activate(page, 'Joanna Bloggs');
  await expectPage(page, 'Joanna Bloggs');
  expect(new URL(page.url()).hash).toBe(`#/pas/${jo.id}`);
  await page.goBack();
  await expectPage(page, 'History');
  await expect(lines).toHaveCount(2);
});

test('an empty history says so in plain words', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/history');
  await expectPage(page, 'History');
  await expect(page.getByText('There are no changes yet. From now on, Carebook keeps a line here each time a change is saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show older changes' })).toHaveCount(0);
  await screen(page, 'history-12-book-empty');
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the History tab reflows at 320 px', async ({ page, carebook }) => {
    const jo = await bookWithJo(carebook);
    await carebook.call('workers.update', { ...(({ status: _s, leftOn: _l, leftReason: _r, createdAt: _c, updatedAt: _u, ...d }) => d)(jo), jobTitle: 'Senior personal assistant and driver' });
    await carebook.open(`/pas/${jo.id}/history`);
    await expectPage(page, 'Joanna Bloggs');
    await expect(page.locator('.history-line')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screen(page, 'history-13-pa-tab-320px');
  });
});
