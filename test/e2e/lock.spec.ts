import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, typeInto } from './harness/keyboard.js';

async function openUnlocked(page: import('@playwright/test').Page, carebook: import('./harness/fixtures.js').Carebook) {
  await carebook.lockedBook();
  await carebook.open();
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
}

test('the Lock button locks the book and shows Unlock', async ({ page, carebook }) => {
  await openUnlocked(page, carebook);
  await activate(page, 'Lock');
  await expectPage(page, 'Unlock your book');
  expect((await carebook.call('book.status', {})).state).toBe('locked');
});

test('Ctrl+L locks the book from any page', async ({ page, carebook }) => {
  await openUnlocked(page, carebook);
  await activate(page, 'Settings');
  await expectPage(page, 'Settings');
  await page.keyboard.press('Control+L');
  await expectPage(page, 'Unlock your book');
  expect((await carebook.call('book.status', {})).state).toBe('locked');
  // The route was cleared: unlocking starts at Home again.
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
});

test('the book locks itself after the chosen idle time', async ({ page, carebook }) => {
  await page.clock.install();
  await openUnlocked(page, carebook);
  await activate(page, 'Settings');
  await activate(page, /^Change lock after/i);
  await expectPage(page, 'When should your book lock itself?');
  await typeInto(page, 'Lock after this many minutes', '');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expectPage(page, 'Settings');
  await expect(page.getByText('1 minute without use')).toBeVisible();

  // Activity resets the timer: 50 s, a key press, 50 s more — still open.
  await page.clock.runFor(50_000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(50_000);
  await expect(page.locator('h1')).toHaveText('Settings');
  expect((await carebook.call('book.status', {})).state).toBe('unlocked');

  // Then a full minute without anything.
  await page.clock.runFor(61_000);
  await expectPage(page, 'Unlock your book');
  expect((await carebook.call('book.status', {})).state).toBe('locked');
});
