import type { Browser } from '@playwright/test';
import { median, ms } from './measure.js';
import type { Row } from './report.js';
import { atHome, pressUntil, pressUntilWhole, settledCount, unlockedPage, type UsableAndWhole } from './unlocked-page.js';

const RUNS = 5;

/**
 * The pay pages in the unlocked large book (about 240,000 shifts): the menu's Pay periods link
 * until the page can be used (heading focused, the first periods drawn; the rest follow in a
 * render that gives way to key presses) and until every PA's period is drawn; on the PA with the
 * longest history, the Pay tab until their rates are drawn and the Hours tab until this month's
 * shifts are.
 */
export async function payPagesInChromium(browser: Browser, url: string, dataDir: string, worker: { id: string }): Promise<Row[]> {
  const { page, close } = await unlockedPage(browser, url, dataDir);
  try {
    const periodsLink = () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay periods', exact: true });
    const count = await settledCount(page, periodsLink(), '.pay-period', '.pay-period');
    await atHome(page, url);
    const periods: UsableAndWhole[] = [];
    const pay: number[] = [];
    const hours: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      periods.push(await pressUntilWhole(page, periodsLink(), '.pay-period', '.pay-period', count));
      await page.goto(`${url}#/pas/${worker.id}`);
      await page.getByRole('link', { name: 'Pay', exact: true }).waitFor();
      pay.push(await pressUntil(page, page.getByRole('link', { name: 'Pay', exact: true }), 'table.pay-rates tbody tr'));
      hours.push(await pressUntil(page, page.getByRole('link', { name: 'Hours', exact: true }), 'table.shifts'));
      await atHome(page, url);
    }
    const row = (measure: string, times: number[]): Row => ({ measure: `${measure}, large book, median of ${RUNS}`, target: '< 100 ms', result: ms(median(times)), pass: median(times) < 100 });
    const whole = median(periods.map((p) => p.whole));
    return [
      row('Pay periods link pressed to the page usable (heading focused, first periods drawn)', periods.map((p) => p.usable)),
      { measure: `  …to every PA's period drawn (${count}), median of ${RUNS}`, target: '', result: ms(whole), pass: null },
      row('A PA\'s Pay tab pressed to their rates drawn', pay),
      row('A PA\'s Hours tab pressed to this month\'s shifts drawn', hours),
    ];
  } finally {
    await close();
  }
}
