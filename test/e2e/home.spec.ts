/**
 * Home in the order of the law, by keyboard: a new book's first step, one item of each urgency
 * in its own section (against the law, overdue, due soon, good practice, information), each
 * item's heading starting with its urgency in words, a summary sentence first, link names unique
 * on the page, and items grouped under each PA's name once more than three PAs have some.
 */
import type { Page } from '@playwright/test';
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

/** A date `years` years before today, YYYY-MM-DD (the core counts ages from the real today). */
function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function headings(page: Page, level: number): Promise<string[]> {
  return (await page.getByRole('main').getByRole('heading', { level }).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').replace(/ :/g, ':').trim());
}

test('a new book’s Home offers “Add your first PA”, and it leads there (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/');
  await expectPage(page, 'What needs your attention');
  await expect(page.getByRole('link', { name: 'Add your first PA' })).toBeVisible();
  await screen(page, 'home-01-new-book');
  await activate(page, 'Add your first PA');
  await expectPage(page, 'Add a PA');

  // Once there is a PA, the first step is gone.
  await carebook.call('workers.create', { fullName: 'Ana Silva', status: 'applicant' });
  await carebook.open('/');
  await page.reload();
  await expectPage(page, 'What needs your attention');
  await expect(page.getByRole('link', { name: 'Add your first PA' })).toHaveCount(0);
});

test('one item of each kind, in the order of the law, each heading saying its urgency', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  // Working since last year, 17 years old, nothing recorded: no right-to-work check (against the
  // law), no statement by their first day (overdue), no insurance recorded (due soon), no
  // reference and no backup (good practice), the young-worker rules (information).
  const w = await carebook.call('workers.create', { fullName: 'Jo Young', status: 'active', startDate: yearsAgo(0, 200), dateOfBirth: yearsAgo(17, 10) });
  await carebook.open('/');
  await expectPage(page, 'What needs your attention');

  await expect(page.locator('.home-summary')).toHaveText(
    /^1 thing is against the law, 1 is overdue, \d+ (is|are) due soon, \d+ are good practice and 1 is for information\.$/,
  );
  expect(await headings(page, 2)).toEqual(['Against the law', 'Overdue', 'Due soon', 'Good practice', 'For information']);
  const items = await headings(page, 3);
  expect(items[0]).toBe('Against the law: No right-to-work check for Jo Young');
  expect(items[1]).toBe('Overdue: Jo Young has not had a written statement');
  expect(items.filter((h) => /^(Due soon|To do): /.test(h))).toContain("To do: Record your employer's liability insurance");
  const good = items.findIndex((h) => h.startsWith('Good practice: '));
  expect(good).toBeGreaterThan(items.findIndex((h) => h.includes('liability insurance')));
  expect(items[items.length - 1]).toMatch(/^For information: Jo Young is 17: the young-worker rules apply until /);

  // Every link in the page's content has a name of its own.
  const names = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
  expect(new Set(names).size).toBe(names.length);
  await screen(page, 'home-02-each-kind');

  // By keyboard, the first link is the worst thing's, and it goes to the PA's checks.
  await activate(page, /^Go to Jo Young’s checks/);
  await expectPage(page, 'Jo Young');
  await expect(page).toHaveURL(new RegExp(`#/pas/${w.id}/checks$`));
});

test('more than three PAs with items: each section groups them under each PA’s name', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  for (const name of ['Ana Silva', 'Ben Cole', 'Cat Dunn']) await carebook.call('workers.create', { fullName: name, status: 'active', startDate: yearsAgo(1) });
  await carebook.open('/');
  await expectPage(page, 'What needs your attention');
  // Three PAs: not grouped; the items' headings are h3.
  expect(await headings(page, 4)).toEqual([]);

  await carebook.call('workers.create', { fullName: 'Dev Patel', status: 'active', startDate: yearsAgo(1) });
  await page.reload();
  await expectPage(page, 'What needs your attention');
  await expect(page.locator('.home-summary')).toHaveText(/^4 things are against the law, 4 are overdue/);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Against the law', level: 2 }) });
  expect(await section.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Ana Silva', 'Ben Cole', 'Cat Dunn', 'Dev Patel']);
  expect(await section.getByRole('heading', { level: 4 }).first().innerText()).toMatch(/^Against the law\s*:\s*No right-to-work check for Ana Silva$/);
  await screen(page, 'home-03-grouped');
  await tabTo(page, /^Go to Dev Patel’s checks: No right-to-work/);
});
