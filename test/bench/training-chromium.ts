import type { Browser, Page } from '@playwright/test';
import { median, ms } from './measure.js';
import type { Row } from './report.js';
import { atHome, unlockedPage } from './unlocked-page.js';

const RUNS = 5;

/**
 * Polled in the page at each frame: when it could first be used (heading focused, the matrix's
 * first row drawn) and when every row the caption counts ("29 PAs by 40 topics") was drawn.
 */
const TIMES = () => {
  const seen = (window as unknown as { __matrixSeen: { usable?: number; whole?: number } }).__matrixSeen;
  const now = performance.now();
  if (seen.usable === undefined && document.activeElement?.tagName === 'H1' && document.querySelector('.training-matrix tbody tr td')) seen.usable = now;
  const counted = /^(\d+) PA/.exec(document.querySelector('.training-matrix caption')?.textContent ?? '');
  if (seen.usable !== undefined && counted && document.querySelectorAll('.training-matrix tbody tr').length === Number(counted[1])) seen.whole = now;
  return seen.whole === undefined ? null : seen;
};

/**
 * The training matrix page in the unlocked large book (every PA working now by every topic),
 * timed in the page's own clock from pressing the menu's Training link: until it can be used
 * (heading focused, first rows drawn; the rest follow in a render that gives way to key
 * presses), and until every row is drawn.
 */
export async function matrixPageInChromium(browser: Browser, url: string, dataDir: string): Promise<Row[]> {
  const { page, close } = await unlockedPage(browser, url, dataDir);
  try {
    const usable: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [u, w] = await pressAndTime(page);
      usable.push(u);
      whole.push(w);
      await atHome(page, url);
    }
    return [
      { measure: `Training link pressed to the matrix page usable (heading focused, first rows drawn), large book, median of ${RUNS}`, target: '< 150 ms', result: ms(median(usable)), pass: median(usable) < 150 },
      { measure: `  …to every row of the matrix drawn, median of ${RUNS}`, target: '', result: ms(median(whole)), pass: null },
    ];
  } finally {
    await close();
  }
}

async function pressAndTime(page: Page): Promise<[number, number]> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true });
  const pressedAt = await page.evaluate(() => {
    (window as unknown as { __matrixSeen: object }).__matrixSeen = {};
    return performance.now();
  });
  await link.press('Enter');
  const seen = (await (await page.waitForFunction(TIMES)).jsonValue()) as { usable: number; whole: number };
  return [seen.usable - pressedAt, seen.whole - pressedAt];
}
