/**
 * The renderer as a person meets it: the built pages in Debian's Chromium, the real core behind
 * them (as in the e2e harness). The first screen of a new install becoming usable; pressing
 * Unlock on the large book until Home shows; and, in the unlocked large book, following a link
 * to the PA list and to the page of the PA with the longest history until each is usable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openCore, type Core } from '../../electron/core/index.js';
import { BRIDGE_SCRIPT } from '../e2e/harness/bridge-script.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/chromium.js';
import { RENDERER_DIR, startServer } from '../e2e/harness/server.js';
import { PASSPHRASE } from './large-book.js';
import { median, ms } from './measure.js';
import type { Row } from './report.js';
import { payPagesInChromium } from './pay-chromium.js';
import { matrixPageInChromium } from './training-chromium.js';

const RUNS = 5;

/**
 * Records, in the page's own clock, when an h1 takes focus: the renderer moves focus to the
 * heading once a page is ready to use. Timing in the page avoids Playwright's polling, which
 * would add up to a few hundred milliseconds to a wait on focus.
 */
const FOCUS_PROBE = `
  window.__h1FocusedAt = {};
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    if (el instanceof HTMLHeadingElement && el.tagName === 'H1') window.__h1FocusedAt[el.textContent.trim()] = performance.now();
  }, true);
`;

/** Page time (ms since navigation began) at which the h1 with this text took focus. */
async function focusedAt(page: Page, heading: string): Promise<number> {
  return focusedAfter(page, heading, -1);
}

/** The same, for a focus after page time `after` (a heading seen before does not count). */
async function focusedAfter(page: Page, heading: string, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([text, since]) => {
      const at = (window as unknown as { __h1FocusedAt: Record<string, number> }).__h1FocusedAt[text];
      return at !== undefined && at > since ? at : null;
    },
    [heading, after] as const,
  );
  return (await handle.jsonValue()) as number;
}

async function pageWithCore(browser: Browser, core: Core): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.exposeFunction('__carebookCall', (method: string, input: unknown) => core.call(method, input));
  await page.addInitScript({ content: BRIDGE_SCRIPT });
  await page.addInitScript({ content: FOCUS_PROBE });
  return page;
}

/** From the start of navigation until the first page's heading has focus (it is ready to use). */
async function firstScreen(browser: Browser, url: string, dataDir: string): Promise<number> {
  const core = openCore({ dataDir });
  const page = await pageWithCore(browser, core);
  await page.goto(url);
  const took = await focusedAt(page, 'Welcome to Carebook');
  await page.getByRole('link', { name: 'Start a new book' }).waitFor();
  await page.context().close();
  await core.close();
  return took;
}

/** From pressing Unlock until Home's heading has focus (key derivation included). */
async function unlockToHome(browser: Browser, url: string, dataDir: string): Promise<number> {
  const core = openCore({ dataDir });
  const page = await pageWithCore(browser, core);
  await page.goto(url);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const pressedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Unlock' }).press('Enter');
  const took = (await focusedAt(page, 'What needs your attention')) - pressedAt;
  await page.context().close();
  await core.close();
  return took;
}

/** Press a link (by keyboard, as many of our users do) and time until the next page's h1 has focus. */
async function followLink(page: Page, link: string, heading: string): Promise<number> {
  const pressedAt = await page.evaluate(() => performance.now());
  await page.getByRole('link', { name: link, exact: true }).first().press('Enter');
  return (await focusedAfter(page, heading, pressedAt)) - pressedAt;
}

/** In the unlocked large book: Home → Your PAs, and Your PAs → the PA's page, RUNS times each. */
async function paPages(browser: Browser, url: string, dataDir: string, worker: { fullName: string }) {
  const core = openCore({ dataDir });
  const page = await pageWithCore(browser, core);
  await page.goto(url);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).press('Enter');
  await focusedAt(page, 'What needs your attention');
  const list: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    list.push(await followLink(page, 'Your PAs', 'Your PAs'));
    await page.getByLabel('Everyone', { exact: true }).check();
    await page.getByRole('link', { name: worker.fullName, exact: true }).waitFor();
    one.push(await followLink(page, worker.fullName, worker.fullName));
    await page.goto(`${url}#/`);
    await focusedAt(page, 'What needs your attention');
  }
  await page.context().close();
  await core.close();
  return { list, one };
}

export async function benchInChromium(scratch: string, largeDataDir: string, worker: { id: string; fullName: string }): Promise<Row[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ measure: 'Renderer in Chromium', target: '', result: `skipped: no Chromium at ${CHROMIUM_PATH}`, pass: null }];
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) return [{ measure: 'Renderer in Chromium', target: '', result: 'skipped: run npm run build first', pass: null }];
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const first: number[] = [];
    const unlock: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      first.push(await firstScreen(browser, server.url, join(scratch, `fresh-${i}`)));
      unlock.push(await unlockToHome(browser, server.url, largeDataDir));
    }
    const pas = await paPages(browser, server.url, largeDataDir, worker);
    return [
      { measure: `First screen interactive in Chromium, median of ${RUNS}`, target: '< 1.5 s', result: ms(median(first)), pass: median(first) < 1500 },
      { measure: `Unlock pressed to Home shown, large book, median of ${RUNS}`, target: '< 1 s', result: ms(median(unlock)), pass: median(unlock) < 1000 },
      { measure: `Your PAs link pressed to the PA list usable, large book, slowest of ${RUNS}`, target: '< 300 ms', result: ms(Math.max(...pas.list)), pass: Math.max(...pas.list) < 300 },
      { measure: `A PA's name pressed to their page usable (longest history), slowest of ${RUNS}`, target: '< 300 ms', result: ms(Math.max(...pas.one)), pass: Math.max(...pas.one) < 300 },
      ...(await matrixPageInChromium(browser, server.url, largeDataDir)),
      ...(await payPagesInChromium(browser, server.url, largeDataDir, worker)),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
