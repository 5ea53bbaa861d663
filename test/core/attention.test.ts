import { expect, test } from 'vitest';
import { coreWithBook, tempDir } from './helpers.js';

test('Home lists the book’s own items, most urgent first, and they clear when done', async () => {
  let clock = Date.parse('2026-01-10T12:00:00Z');
  const { core } = await coreWithBook({ now: () => new Date(clock) });
  let { items } = await core.ok('attention.list', {});
  // A legal duty (the statement needs your address) before good practice (a backup).
  expect(items.map((i) => i.id)).toEqual(['employer.profile-incomplete', 'book.no-backup']);

  await core.ok('employer.update', { kind: 'individual', name: 'Jo', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' });
  await core.ok('settings.update', { backupFolder: tempDir() });
  await core.ok('book.backup', {});
  expect((await core.ok('attention.list', {})).items).toEqual([]);

  clock += 31 * 86_400_000;
  ({ items } = await core.ok('attention.list', {}));
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ id: 'book.backup-overdue', urgency: 'good-practice', title: 'Your last backup was 31 days ago', due: '2026-02-09' });
});

test('the example book opens unlocked with a fictional employer and is thrown away on lock', async () => {
  const { core, folder } = await coreWithBook();
  const status = await core.ok('book.openExample', {});
  expect(status).toMatchObject({ state: 'unlocked', isExample: true });
  expect((await core.ok('employer.get', {}))?.name).toBe('Alex Example');
  // Everything in the example is in order but two ordinary reminders, so Home shows what it is for.
  const { items } = await core.ok('attention.list', {});
  expect(items.map((i) => [i.urgency, i.id.replace(/\.[0-9a-f-]{36}$/, '')])).toEqual([
    // The insurance is the law; the Update Service is good practice, so it comes after.
    ['due-soon', 'employer.insurance-renewal'],
    ['good-practice', 'training.expired'],
    ['good-practice', 'training.due'],
    ['good-practice', 'checks.dbs-join-update-service'],
  ]);
  await core.ok('book.lock', {});
  // Back to the employer's own book, which the example never touched.
  expect(await core.ok('book.status', {})).toMatchObject({ state: 'locked', folder, isExample: false });
});
