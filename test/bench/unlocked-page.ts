import type { Browser, Locator, Page } from '@playwright/test';
import { openCore } from '../../electron/core/index.js';
import { BRIDGE_SCRIPT } from '../e2e/harness/bridge-script.js';
import { PASSPHRASE } from './large-book.js';

/** A page on the large book, unlocked and at Home, with the real core behind it; `close` ends both. */
export async function unlockedPage(browser: Browser, url: string, dataDir: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const core = openCore({ dataDir });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const close = async () => {
    await page.context().close();
    await core.close();
  };
  try {
    await page.exposeFunction('__carebookCall', (method: string, input: unknown) => core.call(method, input));
    await page.addInitScript({ content: BRIDGE_SCRIPT });
    await page.goto(url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).press('Enter');
    await atHome(page, url, false);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Back to Home (by address unless already there), waiting for its heading. */
export async function atHome(page: Page, url: string, go = true): Promise<void> {
  if (go) await page.goto(`${url}#/`);
  await page.getByRole('heading', { name: 'What needs your attention', level: 1 }).waitFor();
}

/** Press a link by keyboard and time, in the page's own clock, until `selector` is drawn. */
export async function pressUntil(page: Page, link: Locator, selector: string): Promise<number> {
  const pressedAt = await page.evaluate(() => performance.now());
  await link.press('Enter');
  const drawnAt = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() : null), selector);
  return ((await drawnAt.jsonValue()) as number) - pressedAt;
}

/** When a page could first be used, and when it was whole, ms after the press. */
export interface UsableAndWhole {
  usable: number;
  whole: number;
}

/**
 * Press a link by keyboard and time, in the page's own clock, until the page can be used (its
 * heading has focus and `first` is drawn) and until it is whole (`count` of `every` drawn): a
 * long page draws its first part with the heading and the rest in a render that gives way to
 * key presses. Polled at each frame; the first frame where each holds is its time.
 */
export async function pressUntilWhole(page: Page, link: Locator, first: string, every: string, count: number): Promise<UsableAndWhole> {
  const pressedAt = await page.evaluate(() => {
    (window as unknown as { __seen: object }).__seen = {};
    return performance.now();
  });
  await link.press('Enter');
  const handle = await page.waitForFunction(
    ([f, e, n]) => {
      const seen = (window as unknown as { __seen: { usable?: number; whole?: number } }).__seen;
      const now = performance.now();
      if (seen.usable === undefined && document.activeElement?.tagName === 'H1' && document.querySelector(f)) seen.usable = now;
      if (seen.usable !== undefined && document.querySelectorAll(e).length === n) seen.whole = now;
      return seen.whole === undefined ? null : seen;
    },
    [first, every, count] as const,
  );
  const seen = (await handle.jsonValue()) as UsableAndWhole;
  return { usable: seen.usable - pressedAt, whole: seen.whole - pressedAt };
}

/** How many of `every` the page behind `link` holds once it has settled (for pressUntilWhole's count). */
export async function settledCount(page: Page, link: Locator, first: string, every: string): Promise<number> {
  await link.press('Enter');
  await page.locator(first).first().waitFor();
  await page.waitForTimeout(1000);
  return page.locator(every).count();
}
