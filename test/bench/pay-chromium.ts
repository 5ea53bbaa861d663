import type { Browser, Page } from '@playwright/test';
import { openCore } from '../../electron/core/index.js';
import { BRIDGE_SCRIPT } from '../e2e/harness/bridge-script.js';
import { PASSPHRASE } from './large-book.js';
import { median, ms } from './measure.js';
import type { Row } from './report.js';

const RUNS = 5;

/** Press a link by keyboard and time, in the page's own clock, until `selector` is drawn. */
async function pressUntil(page: Page, link: ReturnType<Page['getByRole']>, selector: string): Promise<number> {
  const pressedAt = await page.evaluate(() => performance.now());
  await link.press('Enter');
  const drawnAt = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() : null), selector);
  return ((await drawnAt.jsonValue()) as number) - pressedAt;
}

/**
 * The pay pages in the unlocked large book (about 240,000 shifts): the menu's Pay periods link
 * until every PA's period is drawn; on the PA with the longest history, the Pay tab until their
 * rates are drawn and the Hours tab until this month's shifts are.
 */
export async function payPagesInChromium(browser: Browser, url: string, dataDir: string, worker: { id: string }): Promise<Row[]> {
  const core = openCore({ dataDir });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  try {
    await page.exposeFunction('__carebookCall', (method: string, input: unknown) => core.call(method, input));
    await page.addInitScript({ content: BRIDGE_SCRIPT });
    await page.goto(url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).press('Enter');
    await page.getByRole('heading', { name: 'What needs your attention', level: 1 }).waitFor();
    const periods: number[] = [];
    const pay: number[] = [];
    const hours: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      periods.push(await pressUntil(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay periods', exact: true }), '.pay-period'));
      await page.goto(`${url}#/pas/${worker.id}`);
      await page.getByRole('link', { name: 'Pay', exact: true }).waitFor();
      pay.push(await pressUntil(page, page.getByRole('link', { name: 'Pay', exact: true }), 'table.pay-rates tbody tr'));
      hours.push(await pressUntil(page, page.getByRole('link', { name: 'Hours', exact: true }), 'table.shifts'));
      await page.goto(`${url}#/`);
      await page.getByRole('heading', { name: 'What needs your attention', level: 1 }).waitFor();
    }
    const row = (measure: string, times: number[]): Row => ({ measure: `${measure}, large book, median of ${RUNS}`, target: '< 100 ms', result: ms(median(times)), pass: median(times) < 100 });
    return [
      row('Pay periods link pressed to every PA\'s period drawn', periods),
      row('A PA\'s Pay tab pressed to their rates drawn', pay),
      row('A PA\'s Hours tab pressed to this month\'s shifts drawn', hours),
    ];
  } finally {
    await page.context().close();
    await core.close();
  }
}
