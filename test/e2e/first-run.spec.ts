import { expectAccessible } from './harness/axe.js';
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, expectFocused, tabTo, typeInto } from './harness/keyboard.js';

test('a new book, start to finish, with the keyboard only', async ({ page, carebook }) => {
  await carebook.open();
  await expectPage(page, 'Welcome to Carebook');
  await expect(page).toHaveTitle('Welcome to Carebook – Carebook');
  await expectAccessible(page, 'start page');

  await activate(page, 'Start a new book');
  await expectPage(page, 'Where do you want to keep your book?');
  await expect(page.getByText(carebook.dataDir)).toBeVisible();

  // Continue without choosing: error summary takes focus and links to the question.
  await activate(page, 'Continue');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose where to keep your book');
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page, 'where, with error');
  await activate(page, 'Choose where to keep your book');
  await expectFocused(page, 'The usual place on this computer');
  await page.keyboard.press('Space');
  await activate(page, 'Continue');

  await expectPage(page, 'Choose a passphrase');
  await typeInto(page, 'Passphrase', 'password1234');
  await expect(page.locator('.strength')).toContainText('Strength: Weak');
  await expect(page.locator('.strength')).toContainText('very common');
  // Clear and type a good one; type a different one in the second box.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(PASSPHRASE);
  await expect(page.locator('.strength')).toContainText('Strength: Very strong');
  await expectAccessible(page, 'passphrase');
  await typeInto(page, 'Type your passphrase again', 'something else entirely');
  await activate(page, 'Create my book');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The two passphrases are different');
  await activate(page, /The two passphrases are different/);
  await expectFocused(page, 'Type your passphrase again');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');

  await expectPage(page, 'Your recovery code');
  const code = (await page.locator('.recovery-code__spoken').textContent())!;
  expect(code).toMatch(/^Recovery code: [0-9A-Z]{5}( [0-9A-Z]{5}){4}$/);
  await expectAccessible(page, 'recovery code');
  // The box must be ticked first.
  await activate(page, 'Continue');
  await expect(summary).toContainText('Tick the box to confirm');
  await tabTo(page, 'I have printed or saved my recovery code and put it somewhere safe', { back: true });
  await page.keyboard.press('Space');
  await activate(page, 'Continue');

  await expectPage(page, 'Tell us about you');
  await expectAccessible(page, 'about you');
  await activate(page, 'Skip for now');
  await expectPage(page, 'What needs your attention');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The recovery code really opens the book.
  await carebook.call('book.lock', {});
  const status = await carebook.call('book.unlock', { recoveryCode: code.replace('Recovery code: ', '') });
  expect(status.unlockedWithRecoveryCode).toBe(true);
});
