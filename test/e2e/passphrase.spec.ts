/**
 * A passphrase that protects the book, by keyboard: one the strength check rates very common or
 * weak is refused with the reason and an example of unrelated words, nothing is created, and a
 * good one goes through. The same on Settings → Change your passphrase.
 */
import { expectAccessible } from './harness/axe.js';
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, expectFocused, replaceInto, typeInto } from './harness/keyboard.js';

test('first run: "password1234" is refused with the reason and an example; a good one makes the book', async ({ page, carebook }) => {
  await carebook.open('/');
  await activate(page, 'Start a new book');
  await expectPage(page, 'Where do you want to keep your book?');
  await activate(page, 'The usual place on this computer', 'Space');
  await activate(page, 'Continue');
  await expectPage(page, 'Choose a passphrase');

  // Before: the meter said "very common" and the book was made anyway. Now it is refused.
  await typeInto(page, 'Passphrase', 'password1234');
  await typeInto(page, 'Type your passphrase again', 'password1234');
  await activate(page, 'Create my book');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(/Your passphrase is a very common password that others could guess\. Use 3 or 4 unrelated words instead, for example “[a-z]+ [a-z]+ [a-z]+ [a-z]+” \(pick your own\)/);
  await expect(page.locator('#f-passphrase-error')).toContainText('very common password');
  await expect(page).toHaveTitle(/^Error: Choose a passphrase/);
  await expectAccessible(page, 'passphrase refused');
  expect((await carebook.call('book.status', {})).state).toBe('none');

  // A weak one that is not on the list: refused too, saying to make it longer.
  await activate(page, /^Your passphrase is a very common password/);
  await expectFocused(page, 'Passphrase');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('bluehorse12x');
  await replaceInto(page, 'Type your passphrase again', 'bluehorse12x');
  await activate(page, 'Create my book');
  await expect(summary).toContainText('Your passphrase is too easy to guess. Make it longer');

  // After: a good one.
  await summary.focus();
  await activate(page, /^Your passphrase is too easy to guess/);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(PASSPHRASE);
  await replaceInto(page, 'Type your passphrase again', PASSPHRASE);
  await activate(page, 'Create my book');
  await expectPage(page, 'Your recovery code');
});

test('Settings: a new passphrase that is very common is refused; the old one still opens the book', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/settings/passphrase');
  await expectPage(page, 'Change your passphrase');
  await typeInto(page, 'Current passphrase', PASSPHRASE);
  await typeInto(page, 'New passphrase', 'qwertyuiop12');
  await typeInto(page, 'Type your new passphrase again', 'qwertyuiop12');
  await activate(page, 'Change passphrase');
  await expect(page.locator('.error-summary')).toContainText('Your passphrase is a very common password');
  await carebook.call('book.lock', {});
  expect((await carebook.call('book.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
});
