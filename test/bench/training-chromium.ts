import type { Browser } from '@playwright/test';
import { openCore } from '../../electron/core/index.js';
import { BRIDGE_SCRIPT } from '../e2e/harness/bridge-script.js';
import { PASSPHRASE } from './large-book.js';
import { median, ms } from './measure.js';
import type { Row } from './report.js';

const RUNS = 5;

/**
 * The training matrix page in the unlocked large book: from pressing the menu's Training link
 * until the whole matrix (every PA working now by every topic) is drawn, in the page's own clock.
 */
export async function matrixPageInChromium(browser: Browser, url: string, dataDir: string): Promise<Row[]> {
  const core = openCore({ dataDir });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  try {
    await page.exposeFunction('__carebookCall', (method: string, input: unknown) => core.call(method, input));
    await page.addInitScript({ content: BRIDGE_SCRIPT });
    await page.goto(url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).press('Enter');
    await page.getByRole('heading', { name: 'What needs your attention', level: 1 }).waitFor();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const pressedAt = await page.evaluate(() => performance.now());
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true }).press('Enter');
      const drawnAt = await page.waitForFunction(() => (document.querySelector('.training-matrix tbody tr td') ? performance.now() : null));
      times.push(((await drawnAt.jsonValue()) as number) - pressedAt);
      await page.goto(`${url}#/`);
      await page.getByRole('heading', { name: 'What needs your attention', level: 1 }).waitFor();
    }
    return [{ measure: `Training link pressed to the whole matrix drawn, large book, median of ${RUNS}`, target: '< 150 ms', result: ms(median(times)), pass: median(times) < 150 }];
  } finally {
    await page.context().close();
    await core.close();
  }
}
