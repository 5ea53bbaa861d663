import { expectAccessible } from './harness/axe.js';
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, tabTo, typeInto } from './harness/keyboard.js';

test('back up, then restore into a new folder: the records survive (keyboard only)', async ({ page, carebook }) => {
  await carebook.lockedBook();
  await carebook.open();
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');

  // Fill in the employer's name through Settings.
  await activate(page, 'Settings');
  await activate(page, /^Change name/i);
  await expectPage(page, 'About you');
  await tabTo(page, 'I do: I employ my own PAs');
  await page.keyboard.press('Space');
  await typeInto(page, 'Your name, or the name of your organisation', 'Priya Shah');
  await activate(page, 'Save');
  await expectPage(page, 'Settings');
  await expect(page.getByText('Priya Shah')).toBeVisible();

  // Back up now: no folder yet, so Carebook asks for one (answered by the "dialog").
  await activate(page, 'Backups');
  await expectPage(page, 'Backups');
  await activate(page, 'Back up now');
  await expectPage(page, 'Where should backups go?');
  carebook.host.folder = carebook.path('usb-stick');
  await activate(page, 'Choose folder');
  await expect(page.getByLabel('Backup folder')).toHaveValue(carebook.path('usb-stick'));
  await activate(page, 'Save and back up now');
  await expectPage(page, 'Backups');
  await expect(page.getByRole('alert')).toContainText('Your book has been backed up');
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expectAccessible(page, 'backups with one backup');

  // Restore it, picking it from the list.
  await activate(page, /^Restore the backup made on/);
  await expectPage(page, 'Where should the restored book go?');
  await expect(page.getByText('Your current book is kept where it is')).toBeVisible();
  await typeInto(page, 'New folder for the restored book', carebook.path('restored-book'));
  await page.keyboard.press('Enter');
  await expectPage(page, 'How do you want to unlock the backup?');
  await tabTo(page, 'With the passphrase');
  await page.keyboard.press('Space');
  await typeInto(page, 'Passphrase for this backup', PASSPHRASE);
  await activate(page, 'Continue');
  await expectPage(page, 'Check before you restore');
  await expect(page.getByText(carebook.path('restored-book'))).toBeVisible();
  await activate(page, 'Restore this backup');
  await expectPage(page, 'Your backup has been restored');
  await activate(page, 'Continue');
  await expectPage(page, 'What needs your attention');

  // Carebook now uses the restored book, in the new folder, with the same records.
  const status = await carebook.call('book.status', {});
  expect(status.folder).toBe(carebook.path('restored-book'));
  expect((await carebook.call('employer.get', {}))?.name).toBe('Priya Shah');
  await activate(page, 'Settings');
  await expect(page.getByText('Priya Shah')).toBeVisible();
});

test('restoring into a folder that already holds a book says so and links to the fix', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.call('settings.update', { backupFolder: carebook.path('backups') });
  const backup = await carebook.call('book.backup', {});
  await carebook.open('/restore');
  await expectPage(page, 'Which backup do you want to restore?');
  carebook.host.file = backup.file;
  await activate(page, 'Choose file');
  await activate(page, 'Continue');
  // The current book's own folder is not empty.
  await typeInto(page, 'New folder for the restored book', (await carebook.call('book.status', {})).folder);
  await page.keyboard.press('Enter');
  await tabTo(page, 'With the passphrase');
  await page.keyboard.press('Space');
  await typeInto(page, 'Passphrase for this backup', PASSPHRASE);
  await activate(page, 'Continue');
  await activate(page, 'Restore this backup');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expectAccessible(page, 'restore refused');
  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expectPage(page, 'Where should the restored book go?');
});
