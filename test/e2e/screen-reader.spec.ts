/// <reference lib="dom" />
/**
 * What a screen reader gets, checked in Chromium (heard through Orca in test/e2e/heard/):
 * - no heading or error summary is "clickable": no element above them, nor the document or the
 *   window, has a click, mousedown or mouseup listener (React's are on the controls; see
 *   renderer/src/lib/root-listeners.ts), which is what makes Chromium give them the "click
 *   ancestor" action;
 * - every route change is said: the new page's title in a polite live region, focus on its h1;
 * - the recovery code and the error summary leave no axe "needs review" items (an aria-label on
 *   a paragraph, aria-labelledby on a plain div);
 * - the error summary lists the problems in the page's order;
 * - each radio is inside a fieldset whose legend is its question.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectPage, PASSPHRASE, test } from './harness/fixtures.js';
import { activate, typeInto } from './harness/keyboard.js';

/** Elements from `selector` up to <html> that have a mouse-button listener, by CDP. */
async function clickListenersAbove(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const found: string[] = [];
  const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
  let objectId = result.objectId;
  while (objectId) {
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
    const mouse = listeners.filter((l) => ['click', 'mousedown', 'mouseup', 'DOMActivate'].includes(l.type));
    const { result: name } = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function () { return this.tagName + (this.id ? "#" + this.id : ""); }', returnByValue: true });
    if (mouse.length) found.push(`${String(name.value)}: ${mouse.map((l) => l.type).join(', ')}`);
    const { result: parent } = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function () { return this.parentElement; }' });
    objectId = parent.subtype === 'null' ? undefined : parent.objectId;
  }
  // Chromium counts the document's and the window's as <html>'s.
  for (const expression of ['document', 'window']) {
    const { result: target } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: target.objectId! });
    const mouse = listeners.filter((l) => ['click', 'mousedown', 'mouseup', 'DOMActivate'].includes(l.type));
    if (mouse.length) found.push(`${expression}: ${mouse.map((l) => l.type).join(', ')}`);
  }
  await cdp.detach();
  return found;
}

/** axe's "needs review" (incomplete) items on the page, as rule and target. */
async function needsReview(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.incomplete.flatMap((r) => r.nodes.map((n) => `${r.id}: ${n.target.join(' ')}`));
}

test('headings and the error summary have no click listener above them, and clicks still work', async ({ page, carebook }) => {
  await carebook.open('/');
  await expectPage(page, 'Welcome to Carebook');
  expect(await clickListenersAbove(page, 'h1')).toEqual([]);
  await activate(page, 'Start a new book');
  await expectPage(page, 'Where do you want to keep your book?');
  await activate(page, 'Continue');
  await expect(page.locator('.error-summary')).toBeFocused();
  expect(await clickListenersAbove(page, '.error-summary')).toEqual([]);
  // React still hears clicks (its listeners are on the document): the mouse chooses and goes on.
  await page.getByLabel('The usual place on this computer').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectPage(page, 'Choose a passphrase');
});

test('every route change is said: the new page’s title in a polite live region, and focus on its h1', async ({ page, carebook }) => {
  await carebook.open('/');
  await expectPage(page, 'Welcome to Carebook');
  const announcer = page.getByTestId('route-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');
  await activate(page, 'Start a new book');
  await expectPage(page, 'Where do you want to keep your book?');
  await expect(announcer).toHaveText('Where do you want to keep your book?');
  await activate(page, 'The usual place on this computer', 'Space');
  await activate(page, 'Continue');
  await expectPage(page, 'Choose a passphrase');
  await expect(announcer).toHaveText('Choose a passphrase');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await typeInto(page, 'Type your passphrase again', PASSPHRASE);
  await activate(page, 'Create my book');
  await expectPage(page, 'Your recovery code');
  await expect(announcer).toHaveText('Your recovery code');
});

test('the recovery code and the error summary leave nothing for axe to review', async ({ page, carebook }) => {
  await carebook.open('/new/where');
  await expectPage(page, 'Where do you want to keep your book?');
  await activate(page, 'Continue');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).not.toHaveAttribute('aria-labelledby');
  expect(await needsReview(page)).toEqual([]);
  await activate(page, 'The usual place on this computer', 'Space');
  await activate(page, 'Continue');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await typeInto(page, 'Type your passphrase again', PASSPHRASE);
  await activate(page, 'Create my book');
  await expectPage(page, 'Your recovery code');
  await expect(page.locator('[aria-label]').filter({ has: page.locator('.recovery-code__group') })).toHaveCount(0);
  expect(await needsReview(page)).toEqual([]);
});

test('the error summary lists the problems in the order of the page', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const pa = await carebook.call('workers.create', { fullName: 'Ana Silva', status: 'active', startDate: '2025-03-01' });
  await carebook.open(`/pas/${pa.id}/checks/right-to-work/new`);
  await expect(page.locator('h1')).toBeFocused();
  await activate(page, /^Save/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  const order = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)).map((el, _i, all) => all.filter((o) => o && el && o.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).length), links);
  expect(links.length).toBeGreaterThan(1);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('each group of radios is a fieldset named by its question', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/pas/new');
  await expectPage(page, 'Add a PA');
  const unnamed = await page.locator('input[type=radio], input[type=checkbox]').evaluateAll((inputs) =>
    inputs.filter((i) => i.getAttribute('type') === 'radio' && !i.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim()).length,
  );
  expect(unnamed).toBe(0);
  await expect(page.getByRole('group', { name: 'Are they applying, or do they already work for you?' }).getByRole('radio')).toHaveCount(2);
});
