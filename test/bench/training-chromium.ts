import type { Browser } from '@playwright/test';
import { median, ms } from './measure.js';
import type { Row } from './report.js';
import { atHome, pressUntil, unlockedPage } from './unlocked-page.js';

const RUNS = 5;

/**
 * The training matrix page in the unlocked large book: from pressing the menu's Training link
 * until the whole matrix (every PA working now by every topic) is drawn, in the page's own clock.
 */
export async function matrixPageInChromium(browser: Browser, url: string, dataDir: string): Promise<Row[]> {
  const { page, close } = await unlockedPage(browser, url, dataDir);
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await pressUntil(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true }), '.training-matrix tbody tr td'));
      await atHome(page, url);
    }
    return [{ measure: `Training link pressed to the whole matrix drawn, large book, median of ${RUNS}`, target: '< 150 ms', result: ms(median(times)), pass: median(times) < 150 }];
  } finally {
    await close();
  }
}
