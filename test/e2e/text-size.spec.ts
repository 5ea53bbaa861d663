/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, tabTo, typeInto } from './harness/keyboard.js';

test('text size applies at once, is saved, and the lock screen keeps it', async ({ page, carebook }) => {
  await carebook.lockedBook();
  await carebook.open();
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
  const html = page.locator('html');
  await expect(html).toHaveClass(/text-standard/);
  const standard = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));

  await activate(page, 'Settings');
  await activate(page, /^Change text size/i);
  await expectPage(page, 'What size text do you want?');
  await tabTo(page, 'Standard');
  // Arrow keys move through the radios; each choice shows at once.
  await page.keyboard.press('ArrowDown');
  await expect(html).toHaveClass(/text-large\b/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(html).toHaveClass(/text-largest/);
  const largest = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  expect(largest).toBeCloseTo(standard * 2, 0);

  await activate(page, 'Save');
  await expectPage(page, 'Settings');
  await expect(page.getByText('Largest')).toBeVisible();
  expect((await carebook.call('settings.get', {})).textSize).toBe('largest');

  // Locked (and reloaded), the Unlock page still uses the chosen size.
  await page.keyboard.press('Control+L');
  await expectPage(page, 'Unlock your book');
  await expect(html).toHaveClass(/text-largest/);
});

test('leaving the text size page without saving puts the saved size back', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/settings/text-size');
  await expectPage(page, 'What size text do you want?');
  await tabTo(page, 'Standard');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveClass(/text-large\b/);
  await activate(page, 'Back', 'Enter');
  await expectPage(page, 'Settings');
  await expect(page.locator('html')).toHaveClass(/text-standard/);
});
