import type { Browser } from '@playwright/test';
import { median, ms } from './measure.js';
import type { Row } from './report.js';
import { atHome, pressUntilWhole, settledCount, unlockedPage } from './unlocked-page.js';

const RUNS = 5;
const FIRST = '.training-matrix tbody tr td';
const ROWS = '.training-matrix tbody tr';

/**
 * The training matrix page in the unlocked large book (every PA working now by every topic),
 * timed from pressing the menu's Training link: until it can be used (heading focused, first
 * rows drawn; the rest follow in a render that gives way to key presses), and until every row is.
 */
export async function matrixPageInChromium(browser: Browser, url: string, dataDir: string): Promise<Row[]> {
  const { page, close } = await unlockedPage(browser, url, dataDir);
  try {
    const link = () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true });
    const rows = await settledCount(page, link(), FIRST, ROWS);
    await atHome(page, url);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await pressUntilWhole(page, link(), FIRST, ROWS, rows));
      await atHome(page, url);
    }
    const usable = median(times.map((t) => t.usable));
    const whole = median(times.map((t) => t.whole));
    return [
      { measure: `Training link pressed to the matrix page usable (heading focused, first rows drawn), large book, median of ${RUNS}`, target: '< 150 ms', result: ms(usable), pass: usable < 150 },
      { measure: `  …to every row of the matrix drawn (${rows} PAs), median of ${RUNS}`, target: '', result: ms(whole), pass: null },
    ];
  } finally {
    await close();
  }
}
