/// <reference lib="dom" />
/**
 * Reflow (WCAG 1.4.10), strictly, on every screen: at 320 CSS pixels across, and at the Largest
 * text in a 640 px window, the page never scrolls sideways (the document's scrollWidth never
 * exceeds the window). A table wider than the window scrolls inside its own box, which is a named
 * region and can take focus (so the arrow keys scroll it).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.js';
import type { Carebook } from './harness/fixtures.js';

async function expectReflows(page: Page, where: string) {
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // ResizeObserver marks wide boxes a frame after layout.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const facts = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    boxes: [...document.querySelectorAll<HTMLElement>('.table-box')].map((b) => ({
      wide: b.scrollWidth > b.clientWidth + 1,
      focusable: b.tabIndex === 0,
      role: b.getAttribute('role'),
      label: b.getAttribute('aria-label') ?? '',
    })),
    // Data tables only: a chart's own key (uPlot's legend, inside the chart hidden from screen
    // readers beside its data table) is decoration; the page's width above still covers it.
    tables: [...document.querySelectorAll('table')].filter((t) => !t.closest('[aria-hidden="true"]')).length,
    boxedTables: [...document.querySelectorAll('.table-box > table')].filter((t) => !t.closest('[aria-hidden="true"]')).length,
  }));
  expect(facts.scrollWidth, `${where}: the page is wider than the window`).toBeLessThanOrEqual(facts.width);
  expect(facts.boxedTables, `${where}: every table is in a TableBox`).toBe(facts.tables);
  for (const box of facts.boxes) {
    expect(box.role, where).toBe('region');
    expect(box.label, where).not.toBe('');
    if (box.wide) expect(box.focusable, `${where}: a wide table's box takes focus`).toBe(true);
  }
  return facts.boxes.filter((b) => b.wide).length;
}

/** Every route of an open book, for each PA of the example book, with real ids. */
async function openBookRoutes(carebook: Carebook): Promise<string[]> {
  const routes = ['/', '/pas', '/pas/new', '/pas/import', '/history', '/settings', '/settings/auto-lock', '/settings/text-size', '/settings/employer', '/settings/backups', '/settings/passphrase', '/settings/insurance', '/settings/payroll', '/settings/funding', '/settings/rates', '/settings/rates/add', '/pay', '/pay/cost', '/pay/cost/settings', '/pay/cost/budget', '/training', '/training/plan', '/training/topics', '/training/topics/new', '/training/funding', '/training/asc-wds', '/training/settings', '/backups', '/backups/folder', '/help', '/restore'];
  const pas = await carebook.call('workers.list', { show: 'all' });
  for (const pa of pas) {
    const base = `/pas/${pa.id}`;
    routes.push(base, ...['/checks', '/contract', '/documents', '/records', '/history', '/edit', '/left', '/delete', '/contract/edit', '/checks/right-to-work/new', '/checks/dbs/new', '/checks/reference/new', '/checks/interview/new', '/documents/add', '/pay', '/pay/add', '/hours', '/hours/add', '/hours/pattern', '/training', '/training/role', '/training/record/new', '/training/care-certificate', '/training/care-certificate/1', '/training/qualifications/new'].map((p) => base + p));
    if (pa.status === 'applicant') routes.push(`${base}/started`);
    const contract = await carebook.call('contracts.get', { workerId: pa.id });
    for (const v of contract.versions) routes.push(`${base}/contract/versions/${v.id}`);
    const checks = await carebook.call('checks.get', { workerId: pa.id });
    for (const d of checks.dbs) routes.push(`${base}/checks/dbs/${d.id}`, `${base}/checks/dbs/${d.id}/status-check`);
    for (const r of checks.rightToWork) routes.push(`${base}/checks/right-to-work/${r.id}`);
  }
  return routes;
}

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every screen of the first run and the lock screen', async ({ page, carebook }) => {
    for (const route of ['/', '/new/where', '/open', '/help']) {
      await carebook.open(route);
      await expectReflows(page, route);
    }
    await carebook.lockedBook();
    for (const route of ['/', '/forgotten', '/problem/damaged_book', '/help']) {
      await carebook.open(route);
      await page.reload();
      await expectReflows(page, `locked ${route}`);
    }
  });

  test('every screen of an open book (the example book, with every kind of record)', async ({ page, carebook }) => {
    test.setTimeout(240_000);
    await carebook.call('book.openExample', {});
    await carebook.call('settings.update', { backupFolder: carebook.path('backups') });
    await carebook.call('book.backup', {});
    let wide = 0;
    for (const route of await openBookRoutes(carebook)) {
      await carebook.open(route);
      wide += await expectReflows(page, route);
    }
    // The test means something: some tables are wider than 320 px and scroll in their box.
    expect(wide).toBeGreaterThan(0);
  });
});

test.describe('Largest text in a 640 px window', () => {
  test.use({ viewport: { width: 640, height: 800 } });

  test('every screen of an open book', async ({ page, carebook }) => {
    test.setTimeout(240_000);
    await carebook.call('book.openExample', {});
    await carebook.call('settings.update', { textSize: 'largest' });
    for (const route of await openBookRoutes(carebook)) {
      await carebook.open(route);
      await expect(page.locator('html')).toHaveClass(/text-largest/);
      await expectReflows(page, route);
    }
  });
});
