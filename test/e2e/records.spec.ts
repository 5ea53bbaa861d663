/**
 * The Records tab, by keyboard only: a PA who left 7 years ago may have their records deleted;
 * one kind is deleted after confirming, then the whole PA after typing their name.
 */
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, typeInto } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

test('delete records once they may go, then everything about the PA (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const sam = await carebook.call('workers.create', { fullName: 'Sam Okafor', status: 'active', startDate: '2015-01-05' });
  await carebook.call('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2015-01-02', method: 'documents', evidence: 'UK passport', permission: 'unlimited' });
  await carebook.call('checks.saveReference', { workerId: sam.id, refereeName: 'Dana Reed', outcome: 'satisfactory' });
  await carebook.call('workers.setStatus', { id: sam.id, status: 'left', leftOn: '2019-06-28', leftReason: 'Moved away' });

  await carebook.open(`/pas/${sam.id}`);
  await expectPage(page, 'Sam Okafor');
  await activate(page, 'Records');
  await expectPage(page, 'Sam Okafor');
  await expect(page).toHaveTitle(/^Records – Sam Okafor/);
  const rtw = page.getByRole('row', { name: /Right-to-work checks and copies/ });
  await expect(rtw).toContainText('Now (since 28 June 2021)');
  await expect(rtw).toContainText('1');
  await screen(page, 'records-01-tab');

  // Delete one kind, after a confirm page that is honest about backups.
  await activate(page, 'Delete right-to-work checks and copies');
  await expectPage(page, 'Delete Sam Okafor’s right-to-work checks and copies?');
  await expect(page.getByText('Your backups still hold them until those backups are replaced')).toBeVisible();
  await screen(page, 'records-02-delete-kind');
  await activate(page, 'Yes, delete these records');
  await expectPage(page, 'Sam Okafor');
  await expect(page.getByRole('alert')).toContainText('1 record deleted: right-to-work checks and copies');
  await expect(rtw).toContainText('Nothing to keep');
  expect((await carebook.call('checks.get', { workerId: sam.id })).rightToWork).toEqual([]);

  // Delete everything: a name that does not match is refused, in the error summary.
  await activate(page, 'Delete everything about Sam Okafor');
  await expectPage(page, 'Delete everything about Sam Okafor?');
  await screen(page, 'records-03-delete-pa');
  await typeInto(page, 'Type their full name to confirm', 'Sam');
  await activate(page, 'Delete everything about Sam Okafor');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The name you typed does not match');
  await activate(page, /^The name you typed does not match/);
  await expect(page.getByLabel('Type their full name to confirm')).toBeFocused();
  await page.keyboard.type(' Okafor');
  await activate(page, 'Delete everything about Sam Okafor');

  await expectPage(page, 'Your PAs');
  await expect(page.getByRole('alert')).toContainText('Everything about Sam Okafor has been deleted');
  expect(await carebook.call('workers.list', { show: 'all' })).toEqual([]);
});
