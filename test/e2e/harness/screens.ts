/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectAccessible } from './axe.js';

/**
 * Screenshots for people to look at. Written to test/e2e/screenshots/ (committed) when
 * UPDATE_SCREENSHOTS=1, else to the ignored test/e2e/.screens-tmp/, so a normal run leaves the
 * work tree clean.
 */
const DIR = resolve(import.meta.dirname, '..', process.env.UPDATE_SCREENSHOTS ? 'screenshots' : '.screens-tmp');

export function screenPath(name: string): string {
  mkdirSync(DIR, { recursive: true });
  return join(DIR, `${name}.png`);
}

/** Check the screen with axe, then photograph it. */
export async function screen(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expectAccessible(page, name);
  // Fonts and layout settle; the caret would make pictures differ run to run.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.screenshot({ path: screenPath(name), fullPage: true, caret: 'hide', animations: 'disabled' });
}
