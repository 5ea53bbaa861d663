/**
 * A PA's own page, by keyboard: what is missing for them (right-to-work check, its copy, the
 * written statement) with a link to each; "Starting on …" for a first day still to come (and
 * "already working" from a day to come refused); a warning for a child or young worker that
 * lets the employer save.
 */
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, tabTo, typeDate, typeInto } from './harness/keyboard.js';
import { screen } from './harness/screens.js';

function isoIn(days: number, years = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const parts = (iso: string) => [String(Number(iso.slice(8, 10))), String(Number(iso.slice(5, 7))), iso.slice(0, 4)] as const;

test('what is missing for a PA who works for you, each with a link, and gone once done (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  const ana = await carebook.call('workers.create', { fullName: 'Ana Silva', status: 'active', startDate: isoIn(-30) });
  await carebook.open(`/pas/${ana.id}`);
  await expectPage(page, 'Ana Silva');
  const missing = page.getByRole('region', { name: 'What needs your attention for Ana' });
  await expect(missing).toContainText('Against the law: No right-to-work check for Ana Silva');
  await expect(missing).toContainText('Overdue: Ana Silva has not had a written statement');
  await screen(page, 'pa-01-missing');

  // The link goes to the Checks tab; a check with no copy kept then asks for the copy.
  await activate(page, 'No right-to-work check for Ana Silva');
  await expect(page).toHaveURL(new RegExp(`#/pas/${ana.id}/checks$`));
  await carebook.call('checks.saveRightToWork', { workerId: ana.id, checkedOn: isoIn(-31), method: 'documents', evidence: 'Passport', permission: 'unlimited', permissionEndsOn: '', notes: '' });
  await carebook.open(`/pas/${ana.id}`);
  await page.reload();
  await expectPage(page, 'Ana Silva');
  await expect(missing).not.toContainText('No right-to-work check');
  await expect(missing).toContainText('Keep a copy of Ana Silva’s right-to-work check');
  await activate(page, 'Ana Silva has not had a written statement');
  await expect(page).toHaveURL(new RegExp(`#/pas/${ana.id}/contract$`));
});

test('a first day to come: refused as “already working”, shown as “Starting on …” (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/pas/new');
  await expectPage(page, 'Add a PA');
  await typeInto(page, 'Full name', 'Ben Cole');
  const start = isoIn(20);
  // Before: "already work for you" from a day to come is refused, on the start date.
  await tabTo(page, 'They are applying, or due to start');
  await page.keyboard.press('ArrowDown');
  await typeDate(page, ...parts(start));
  await activate(page, 'Save and add this PA');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Their start date is in the future, so they do not work for you yet');
  // After: applying, due to start on that day.
  await tabTo(page, 'They already work for you', { back: true });
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('group', { name: 'When are they due to start? (optional)' })).toBeVisible();
  await activate(page, 'Save and add this PA');
  await expectPage(page, 'Ben Cole');
  await expect(page.locator('.pa-status')).toContainText(/^Starting on /);
  const missing = page.getByRole('region', { name: 'What needs your attention for Ben' });
  await expect(missing).toContainText('Check Ben Cole’s right to work before they start');
  await activate(page, 'Your PAs');
  await expectPage(page, 'Your PAs');
  await expect(page.getByRole('row', { name: /Ben Cole/ })).toContainText('Starting on');
});

test('a child or a young worker: warned, and still saved (keyboard only)', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/pas/new');
  await expectPage(page, 'Add a PA');
  await typeInto(page, 'Full name', 'Cal Young');
  await typeDate(page, ...parts(isoIn(0, -14)));
  await expect(page.locator('.young-worker')).toContainText('They are 14 today, so the law on child employment applies');
  await expect(page.locator('.young-worker')).toContainText('work permit from your council');
  await screen(page, 'pa-02-child-warning');
  await tabTo(page, 'Year');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(isoIn(-5, -17).slice(0, 4));
  await expect(page.locator('.young-worker')).toContainText('the young-worker rules apply until');
  await tabTo(page, 'They are applying, or due to start');
  await page.keyboard.press('Space');
  await activate(page, 'Save and add this PA');
  await expectPage(page, 'Cal Young');
});
