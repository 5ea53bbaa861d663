/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
/**
 * Keyboard-only helpers: move focus with Tab (or Shift+Tab) until the focused control's
 * accessible name matches, as a keyboard or switch user would. No mouse anywhere.
 */
import { expect, type Page } from '@playwright/test';

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    return (el.getAttribute('aria-label') || label || el.textContent || '').replace(/\s+/g, ' ').trim();
  });
}

export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 40 } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    seen.push(now);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with ${back ? 'Shift+Tab' : 'Tab'}. Focus went: ${seen.join(' → ')}`);
}

/** Tab to a control and press Enter (links, buttons). */
export async function activate(page: Page, name: string | RegExp, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

/** Tab to a text box and type into it. */
export async function typeInto(page: Page, label: string | RegExp, text: string) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Tab to a box and replace what is in it (select all, then type). */
export async function replaceInto(page: Page, label: string | RegExp, text: string) {
  await tabTo(page, label);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Type a date into the next Day, Month and Year boxes (the GOV.UK date input). */
export async function typeDate(page: Page, day: string, month: string, year: string) {
  await typeInto(page, 'Day', day);
  await typeInto(page, 'Month', month);
  await typeInto(page, 'Year', year);
}

export async function expectFocused(page: Page, name: string | RegExp) {
  await expect.poll(() => focusedName(page)).toMatch(typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name);
}
