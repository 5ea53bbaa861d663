/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
/** How quickly the built renderer's first screen can be used. Printed, not tightly asserted. */
import { expect, test } from './harness/fixtures.js';

test('the first screen is interactive quickly', async ({ page, carebook }) => {
  const start = Date.now();
  await carebook.open();
  const button = page.getByRole('link', { name: 'Start a new book' });
  await expect(button).toBeVisible();
  await expect(page.locator('h1')).toBeFocused();
  const ms = Date.now() - start;
  const nav = await page.evaluate(() => {
    const [n] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return n ? { domInteractive: Math.round(n.domInteractive), loadEventEnd: Math.round(n.loadEventEnd) } : null;
  });
  console.log(`First screen interactive in ${ms} ms (navigation timing: ${JSON.stringify(nav)})`);
  expect(ms).toBeLessThan(10_000);
});
