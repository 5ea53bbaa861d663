import { expectAccessible } from './harness/axe.js';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate } from './harness/keyboard.js';

test('look at the example book, then leave it (keyboard only)', async ({ page, carebook }) => {
  await carebook.open();
  await expectPage(page, 'Welcome to Carebook');
  await activate(page, 'Look at an example book first');
  await expectPage(page, 'What needs your attention');
  const banner = page.getByRole('region', { name: 'Example book' });
  await expect(banner).toContainText('This is an example book with made-up people. Nothing you do here changes your own records.');
  await expectAccessible(page, 'example book');

  await activate(page, 'Settings');
  await expect(page.getByText('Alex Example')).toBeVisible();
  await expect(banner).toBeVisible();

  await activate(page, 'Leave the example book');
  await expectPage(page, 'Welcome to Carebook');
  expect((await carebook.call('book.status', {})).state).toBe('none');
});
