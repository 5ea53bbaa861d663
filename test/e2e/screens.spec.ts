/**
 * Every screen, checked with axe-core (WCAG 2.2 AA) and photographed. Uses the mouse and direct
 * routes to get around quickly; the keyboard journeys are in the other specs.
 */
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { screen, screenPath } from './harness/screens.js';
import { tabTo } from './harness/keyboard.js';


const EMPLOYER = {
  kind: 'individual',
  name: 'Sam Taylor',
  actingFor: '',
  addressLine1: '12 Elm Road',
  addressLine2: '',
  town: 'Leeds',
  postcode: 'LS6 2AB',
  phone: '0113 496 0000',
  email: 'sam@example.org',
} as const;

test('first-run screens', async ({ page, carebook }) => {
  await carebook.open();
  await expectPage(page, 'Welcome to Carebook');
  await screen(page, '01-start');
  // What keyboard focus looks like: yellow with a black underline.
  await tabTo(page, 'Start a new book');
  await page.screenshot({ path: screenPath('01b-start-focus'), caret: 'hide' });
  await page.getByRole('link', { name: 'Start a new book' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await screen(page, '02-new-where-error');
  await page.getByLabel('Another folder').check();
  await screen(page, '03-new-where-other');
  await page.getByLabel('The usual place on this computer').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('maple gardens');
  await screen(page, '04-new-passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type your passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my book' }).click();
  await expectPage(page, 'Your recovery code');
  await screen(page, '05-recovery-code');
  await page.emulateMedia({ media: 'print' });
  await screen(page, '05b-recovery-code-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(/I have printed or saved/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, 'Tell us about you');
  await page.getByLabel('Postcode').fill('not a postcode');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await screen(page, '06-about-you-errors');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expectPage(page, 'What needs your attention');
  await expect(page.locator('.attention').first()).toBeVisible();
  await screen(page, '08-home-attention');
  await carebook.open('/open');
  await screen(page, '07-open-book');
});

test('unlock screens', async ({ page, carebook }) => {
  await carebook.lockedBook();
  await carebook.open();
  await expectPage(page, 'Unlock your book');
  await screen(page, '10-unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await screen(page, '11-unlock-wrong');
  await page.getByRole('link', { name: 'I have forgotten my passphrase' }).click();
  await expectPage(page, 'Unlock with your recovery code');
  await page.getByText('I do not have my recovery code either').click();
  await screen(page, '12-unlock-recovery-code');
  await carebook.open('/problem/damaged_book');
  await screen(page, '13-problem-damaged');
  await carebook.open('/help');
  await screen(page, '14-help');
});

test('open-book screens', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.call('employer.update', EMPLOYER);
  await carebook.call('settings.update', { backupFolder: carebook.path('backups') });
  await carebook.call('book.backup', {});
  await carebook.open();
  await expectPage(page, 'What needs your attention');
  await screen(page, '20-home');
  for (const [route, name] of [
    ['/settings', '21-settings'],
    ['/settings/auto-lock', '22-settings-auto-lock'],
    ['/settings/text-size', '23-settings-text-size'],
    ['/settings/employer', '24-settings-about-you'],
    ['/settings/backups', '25-settings-backups'],
    ['/settings/passphrase', '26-settings-passphrase'],
    ['/backups', '30-backups'],
    ['/backups/folder', '31-backups-folder'],
  ] as const) {
    await carebook.open(route);
    await expect(page.locator('h1')).toBeFocused();
    await screen(page, name);
  }
  await carebook.open('/settings/auto-lock');
  await page.getByLabel('Lock after this many minutes').fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await screen(page, '22b-settings-auto-lock-error');

  // The restore journey, from the list of backups.
  await carebook.open('/backups');
  await page.getByRole('button', { name: /^Restore/ }).first().click();
  await expectPage(page, /Where should the restored book go/);
  await screen(page, '33-restore-where');
  await page.getByLabel('New folder for the restored book').fill(carebook.path('restored'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('With the passphrase').check();
  await screen(page, '34-restore-unlock');
  await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  await screen(page, '35-restore-check');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expectPage(page, 'Your backup has been restored');
  await screen(page, '36-restore-done');
  await carebook.open('/restore');
  await screen(page, '32-restore-file');
});

test('after unlocking with the recovery code', async ({ page, carebook }) => {
  const code = await carebook.lockedBook();
  await carebook.call('book.unlock', { recoveryCode: code });
  await carebook.open();
  await expectPage(page, 'Choose a new passphrase');
  await screen(page, '15-after-recovery');
});

test('example book', async ({ page, carebook }) => {
  await carebook.open();
  await page.getByRole('button', { name: 'Look at an example book first' }).click();
  await expect(page.getByText('This is an example book with made-up people.')).toBeVisible();
  await screen(page, '40-example-home');
  await carebook.open('/settings');
  await screen(page, '41-example-settings');
});

test('largest text', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.call('employer.update', EMPLOYER);
  await carebook.call('settings.update', { textSize: 'largest' });
  await carebook.open();
  await expect(page.locator('html')).toHaveClass(/text-largest/);
  await screen(page, '50-home-largest-text');
  await carebook.open('/settings');
  await screen(page, '51-settings-largest-text');
});

test.describe('200% zoom', () => {
  // What Ctrl and + twice looks like: half the CSS width, every pixel doubled.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('about you and home at 200% zoom', async ({ page, carebook }) => {
    await carebook.unlockedBook();
    await carebook.open('/settings/employer');
    await expectPage(page, 'About you');
    await screen(page, '52-about-you-200-percent-zoom');
    await carebook.open('/');
    await screen(page, '53-home-200-percent-zoom');
  });
});

test.describe('320 px wide', () => {
  // WCAG 1.4.10 reflow: 320 CSS pixels across (a phone, or 400% zoom), with no sideways scrolling.
  test.use({ viewport: { width: 320, height: 640 } });

  test('a PA’s page, one of its forms, and a PA who is not there, at 320 px', async ({ page, carebook }) => {
    await carebook.unlockedBook();
    const pa = await carebook.call('workers.create', { fullName: 'Oluwaseun Adeyemi-Richardson', preferredName: 'Seun', status: 'active', startDate: '2025-03-01', jobTitle: 'Senior personal assistant' });
    const narrow = async (name: string) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screen(page, name);
    };
    await carebook.open(`/pas/${pa.id}`);
    await expectPage(page, 'Oluwaseun Adeyemi-Richardson');
    await narrow('60-pa-details-320px');
    await carebook.open(`/pas/${pa.id}/checks`);
    await expectPage(page, 'Oluwaseun Adeyemi-Richardson');
    await narrow('61-pa-checks-320px');
    await carebook.open(`/pas/${pa.id}/checks/reference/new`);
    await expectPage(page, 'Record a reference for Oluwaseun Adeyemi-Richardson');
    await narrow('62-pa-reference-form-320px');
    const gone = await carebook.call('workers.create', { fullName: 'Leo Grant', status: 'applicant' });
    await carebook.call('workers.delete', { id: gone.id, confirmName: 'Leo Grant' });
    await carebook.open(`/pas/${gone.id}/records`);
    await expectPage(page, 'This PA could not be found');
    await narrow('63-pa-not-found-320px');
  });
});

test('Home in the order of the law, a PA’s page and their contract tab (the example book)', async ({ page, carebook }) => {
  await carebook.call('book.openExample', {});
  await carebook.open('/');
  await expectPage(page, 'What needs your attention');
  await expect(page.locator('.home-summary')).toBeVisible();
  await screen(page, '70-home-in-order');
  const [pa] = (await carebook.call('workers.list', { show: 'current' })).filter((w) => w.status === 'active');
  await carebook.open(`/pas/${pa!.id}`);
  await expect(page.locator('h1')).toHaveText(pa!.fullName);
  await screen(page, '71-pa-page');
  await carebook.open(`/pas/${pa!.id}/contract`);
  await expect(page.locator('h1')).toHaveText(pa!.fullName);
  await screen(page, '72-pa-contract-tab');
});
