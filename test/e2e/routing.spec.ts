/**
 * The router's promises, by keyboard: focus goes to the page's h1 on every route change, even
 * between the tabs of a PA's page (one layout); the window title names the page; in-page links
 * (the skip link, a hash typed into the address) are never routes; an unknown path goes Home;
 * a PA who is not in the book gets one plain page, on a tab or on a form.
 */
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

const hashPath = (url: string) => new URL(url).hash;

test('the skip link and other in-page hashes leave the page where it is (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const pa = await carebook.call('workers.create', { fullName: 'Leo Grant', status: 'applicant' });
  await carebook.open(`/pas/${pa.id}/checks`);
  await expectPage(page, 'Leo Grant');
  await expect(page).toHaveTitle('Checks – Leo Grant – Carebook');

  // Back up to the skip link at the top of the page, and follow it.
  await tabTo(page, 'Skip to main content', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(hashPath(page.url())).toBe(`#/pas/${pa.id}/checks`);
  await expect(page.locator('h1')).toHaveText('Leo Grant');

  // A hash that is not a route (as an in-page link leaves it) changes nothing.
  await page.evaluate(() => (window.location.hash = 'main-content'));
  await expect(page.locator('h1')).toHaveText('Leo Grant');
  await expect(page).toHaveTitle('Checks – Leo Grant – Carebook');
  await expect(page.getByRole('navigation', { name: 'About Leo Grant' }).getByRole('link', { name: 'Checks' })).toHaveAttribute('aria-current', 'page');
});

test('moving between a PA’s tabs puts focus on the h1 and names the tab in the title (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const pa = await carebook.call('workers.create', { fullName: 'Leo Grant', preferredName: 'Leo', status: 'active', startDate: '2025-02-03' });
  await carebook.open(`/pas/${pa.id}`);
  await expectPage(page, 'Leo Grant');
  await expect(page).toHaveTitle('Details – Leo Grant – Carebook');
  for (const tab of ['Checks', 'Contract', 'Documents', 'Records', 'Details']) {
    await activate(page, tab);
    await expectPage(page, 'Leo Grant');
    await expect(page).toHaveTitle(`${tab} – Leo Grant – Carebook`);
    await expect(page.getByRole('navigation', { name: 'About Leo' }).getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
  }
  // Back in history is a route change too.
  await page.goBack();
  await expectPage(page, 'Leo Grant');
  await expect(page).toHaveTitle('Records – Leo Grant – Carebook');
});

test('an unknown path goes Home, inside a PA’s page too', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const pa = await carebook.call('workers.create', { fullName: 'Leo Grant', status: 'applicant' });
  await carebook.open('/no/such/page');
  await expectPage(page, 'What needs your attention');
  expect(hashPath(page.url())).toBe('#/');
  await carebook.open(`/pas/${pa.id}/no-such-tab`);
  await expectPage(page, 'What needs your attention');
  expect(hashPath(page.url())).toBe('#/');
});

test('a PA who is not in the book gets one plain page, on a tab and on a form (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  // A PA who was in the book once: their page was kept, then they were deleted.
  const gone = await carebook.call('workers.create', { fullName: 'Leo Grant', status: 'applicant' });
  await carebook.call('workers.delete', { id: gone.id, confirmName: 'Leo Grant' });
  for (const route of [`/pas/${gone.id}/contract`, `/pas/${gone.id}/checks/dbs/new`]) {
    await carebook.open(route);
    await expectPage(page, 'This PA could not be found');
    await expect(page).toHaveTitle('This PA could not be found – Carebook');
    await expect(page.getByText('Go back to Your PAs and choose them again.')).toHaveCount(1);
  }
  await screen(page, 'routing-pa-not-found');
  await activate(page, 'Back');
  await expectPage(page, 'Your PAs');
});
