import { expectAccessible } from './harness/axe.js';
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, expectFocused, typeInto } from './harness/keyboard.js';

test('unlock with the passphrase, keyboard only', async ({ page, carebook }) => {
  await carebook.lockedBook();
  await carebook.open();
  await expectPage(page, 'Unlock your book');
  await expect(page).toHaveTitle('Unlock your book – Carebook');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
  expect((await carebook.call('book.status', {})).state).toBe('unlocked');
});

test('a wrong passphrase shows the error summary, focused, linking to the box', async ({ page, carebook }) => {
  await carebook.lockedBook();
  await carebook.open();
  await expectPage(page, 'Unlock your book');
  // Nothing typed: the shared schema's own message.
  await activate(page, 'Unlock');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter your passphrase');

  await activate(page, 'Enter your passphrase');
  await expectFocused(page, 'Passphrase');
  await page.keyboard.type('not the right one');
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('That passphrase is not right');
  await expect(page).toHaveTitle('Error: Unlock your book – Carebook');
  await expect(page.locator('#f-passphrase-error')).toContainText('That passphrase is not right');
  await expect(page.locator('#f-passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'unlock with error');
  expect((await carebook.call('book.status', {})).state).toBe('locked');

  // The link in the summary takes focus to the box; put it right and unlock.
  await activate(page, /That passphrase is not right/);
  await expectFocused(page, 'Passphrase');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
});

test('forgotten passphrase: recovery code, then a new passphrase', async ({ page, carebook }) => {
  const code = await carebook.lockedBook();
  await carebook.open();
  await activate(page, 'I have forgotten my passphrase');
  await expectPage(page, 'Unlock with your recovery code');
  await expectAccessible(page, 'recovery code unlock');

  await typeInto(page, 'Recovery code', 'ABCDE-FGHJK-MNPQR-STVWX-YZ012');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('#f-recoveryCode-error')).toBeVisible();

  await activate(page, /not right/i);
  await page.keyboard.press('Control+A');
  // Lower case and spaces: the core accepts it as written on paper.
  await page.keyboard.type(code.toLowerCase().replaceAll('-', ' '));
  await page.keyboard.press('Enter');

  await expectPage(page, 'Choose a new passphrase');
  await expect(page.getByText('You opened your book with your recovery code')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page, 'after recovery');
  await typeInto(page, 'New passphrase', 'kettle bramble ferry lantern');
  await typeInto(page, 'Type your new passphrase again', 'kettle bramble ferry lantern');
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
  await expect(page.getByRole('alert')).toContainText('Your new passphrase is set');

  // The new passphrase now opens the book; the old one does not.
  await carebook.call('book.lock', {});
  await expect(carebook.call('book.unlock', { passphrase: PASSPHRASE })).rejects.toThrow(/wrong_secret/);
  expect((await carebook.call('book.unlock', { passphrase: 'kettle bramble ferry lantern' })).state).toBe('unlocked');
});

test('a damaged book explains itself and leads to restoring a backup', async ({ page, carebook }) => {
  await carebook.lockedBook();
  // Damage the keyring (the file that holds the wrapped key).
  const { readdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const folder = join(carebook.dataDir, 'book');
  for (const f of readdirSync(folder)) if (/keyring/i.test(f)) writeFileSync(join(folder, f), 'not a keyring at all');
  await carebook.open();
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(/cannot be opened|not a Carebook book/);
  await expectAccessible(page, 'problem page');
  await activate(page, 'Restore a backup');
  await expectPage(page, 'Which backup do you want to restore?');
});
