import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coreWithBook, PASSPHRASE, tempDir, testCore } from './helpers.js';

const PROFILE = { kind: 'agency' as const, name: 'Kindly Care Ltd', addressLine1: '3 High St', town: 'York', postcode: 'YO1 7HH', phone: '01904 000000' };

describe('backup and restore', () => {
  test('a backup restored into a new folder gives identical records; the current book is kept', async () => {
    const { core, folder } = await coreWithBook();
    const backups = tempDir('carebook-backups-');
    await core.ok('employer.update', PROFILE);
    await core.ok('settings.update', { backupFolder: backups, autoLockMinutes: 9, textSize: 'larger' });
    const info = await core.ok('book.backup', {});
    expect(info.file.startsWith(backups)).toBe(true);
    expect(info.file.endsWith('.carebook-backup')).toBe(true);
    const before = { employer: await core.ok('employer.get', {}), settings: await core.ok('settings.get', {}) };

    // Change the live book after the backup: the restore must bring back the backed-up state.
    await core.ok('employer.update', { ...PROFILE, name: 'Changed Later Ltd' });

    const into = join(tempDir(), 'restored');
    const restored = await core.ok('book.restore', { file: info.file, into, secret: { passphrase: PASSPHRASE } });
    expect(restored).toMatchObject({ state: 'unlocked', folder: into });
    expect(await core.ok('employer.get', {})).toEqual(before.employer);
    expect(await core.ok('settings.get', {})).toEqual(before.settings);

    // The old book is still there, untouched, and still opens.
    expect(existsSync(join(folder, 'carebook.db'))).toBe(true);
    await core.ok('book.open', { folder });
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    expect((await core.ok('employer.get', {}))?.name).toBe('Changed Later Ltd');
  });

  test('the recovery code opens a backup too, on a fresh computer', async () => {
    const { core, recoveryCode } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    const info = await core.ok('book.backup', { folder: tempDir() });
    const elsewhere = testCore();
    const into = join(elsewhere.dataDir, 'from-backup');
    await elsewhere.ok('book.restore', { file: info.file, into, secret: { recoveryCode } });
    expect((await elsewhere.ok('employer.get', {}))?.name).toBe('Kindly Care Ltd');
    await elsewhere.ok('book.lock', {});
    // The restored book is now the current one on that computer.
    expect(await elsewhere.ok('book.status', {})).toMatchObject({ state: 'locked', folder: into });
  });

  test('restore refuses a wrong passphrase, a folder in use, and writes nothing', async () => {
    const { core, folder } = await coreWithBook();
    const info = await core.ok('book.backup', { folder: tempDir() });
    const into = join(tempDir(), 'restored');
    const wrong = await core.fails('book.restore', { file: info.file, into, secret: { passphrase: 'not my passphrase' } });
    expect(wrong.code).toBe('wrong_secret');
    expect(existsSync(into)).toBe(false);
    const over = await core.fails('book.restore', { file: info.file, into: folder, secret: { passphrase: PASSPHRASE } });
    expect(over.code).toBe('book_exists');
    expect(over.fields?.into).toBeTruthy();
    expect((await core.ok('book.status', {})).folder).toBe(folder);
  });

  test('a truncated backup and a garbage file give a clear error', async () => {
    const { core } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    const dir = tempDir();
    const info = await core.ok('book.backup', { folder: dir });
    const bytes = readFileSync(info.file);
    const truncated = join(dir, 'cut.carebook-backup');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 4096));
    const cut = await core.fails('book.restore', { file: truncated, into: join(dir, 'a'), secret: { passphrase: PASSPHRASE } });
    expect(cut.code).toBe('damaged_book');
    expect(cut.message).toMatch(/not complete/);

    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100] = (flipped[flipped.length - 100]! + 1) % 256;
    const altered = join(dir, 'altered.carebook-backup');
    writeFileSync(altered, flipped);
    expect((await core.fails('book.restore', { file: altered, into: join(dir, 'b'), secret: { passphrase: PASSPHRASE } })).message).toMatch(/checksum/);

    const garbage = join(dir, 'holiday-photo.jpg');
    writeFileSync(garbage, Buffer.from('\xff\xd8\xff\xe0 not a backup at all'));
    const foreign = await core.fails('book.restore', { file: garbage, into: join(dir, 'c'), secret: { passphrase: PASSPHRASE } });
    expect(foreign.code).toBe('foreign_file');
    expect(foreign.message).toMatch(/not a Carebook backup/);

    expect((await core.fails('book.restore', { file: join(dir, 'missing.carebook-backup'), into: join(dir, 'd'), secret: { passphrase: PASSPHRASE } })).code).toBe('not_found');
    for (const name of ['a', 'b', 'c', 'd']) expect(existsSync(join(dir, name))).toBe(false);
  });

  test('locking makes the automatic backup and keeps only the newest N', async () => {
    let clock = Date.parse('2026-11-01T09:00:00Z');
    const { core } = await coreWithBook({ now: () => new Date(clock) });
    const dir = tempDir();
    await core.ok('settings.update', { backupFolder: dir, backupsToKeep: 3 });
    for (let i = 0; i < 5; i++) {
      clock += 60_000;
      const { backup } = await core.ok('book.lock', {});
      expect(backup?.file.startsWith(dir)).toBe(true);
      await core.ok('book.unlock', { passphrase: PASSPHRASE });
    }
    const listed = await core.ok('book.backups', {});
    expect(listed.backups).toHaveLength(3);
    expect(listed.backups[0]!.createdAt).toBe(new Date(clock).toISOString());
    expect(readdirSync(dir).filter((f) => f.endsWith('.carebook-backup'))).toHaveLength(3);
  });

  test('no automatic backup when none is set up, or when switched off', async () => {
    const { core } = await coreWithBook();
    expect((await core.ok('book.lock', {})).backup).toBeNull();
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    await core.ok('settings.update', { backupFolder: tempDir(), backupOnLock: false });
    expect((await core.ok('book.lock', {})).backup).toBeNull();
  });

  test('Back up now without a folder asks for one', async () => {
    const { core } = await coreWithBook();
    const error = await core.fails('book.backup', {});
    expect(error).toMatchObject({ code: 'folder_problem' });
    expect(error.fields?.folder).toMatch(/Choose a folder/);
  });
});

test('a backup folder inside the book’s own folder is refused', async () => {
  const { core, folder } = await coreWithBook();
  const error = await core.fails('book.backup', { folder });
  expect(error.code).toBe('folder_problem');
  expect(error.fields?.folder).toMatch(/outside your book/);
});

test('a backup made with the clock put back is kept, and leftovers of a cut-short backup are swept', async () => {
  let clock = Date.parse('2026-11-01T09:00:00Z');
  const { core } = await coreWithBook({ now: () => new Date(clock) });
  const dir = tempDir();
  await core.ok('settings.update', { backupFolder: dir, backupsToKeep: 2 });
  await core.ok('book.backup', {});
  clock += 60_000;
  await core.ok('book.backup', {});
  writeFileSync(join(dir, '.carebook-2026-11-01-09-00-00.carebook-backup.ab12cd.tmp'), 'half a snapshot');
  writeFileSync(join(dir, 'carebook-2026-11-01-09-00-00.carebook-backup.pending'), 'half a backup');
  writeFileSync(join(dir, 'my-own-notes.txt'), 'not ours');
  clock -= 86_400_000; // someone put the clock back a day
  const made = await core.ok('book.backup', {});
  expect(existsSync(made.file)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual([
    'carebook-2026-10-31-09-01-00.carebook-backup',
    'carebook-2026-11-01-09-01-00.carebook-backup',
    'my-own-notes.txt',
  ]);
});

test('a folder left with a database but no keyring (a crash while creating or restoring) can be used again', async () => {
  const core = testCore();
  const folder = join(core.dataDir, 'book');
  mkdirSync(folder);
  writeFileSync(join(folder, 'carebook.db'), Buffer.alloc(4096, 9));
  writeFileSync(join(folder, 'carebook.db-wal'), Buffer.alloc(4096, 9));
  // The half-written copy a restore cut short leaves under its temp name (the kill test found it).
  writeFileSync(join(folder, '.carebook.db.0123456789ab.tmp'), Buffer.alloc(4096, 9));
  expect((await core.ok('book.status', {})).state).toBe('none');
  await core.ok('book.create', { passphrase: PASSPHRASE });
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  await core.ok('book.lock', {});
  await core.ok('book.unlock', { passphrase: PASSPHRASE });
});

test('an automatic backup that fails (the memory stick is out) still locks, and Home says so next time', async () => {
  const { core } = await coreWithBook();
  const blocker = join(tempDir(), 'not-a-folder');
  writeFileSync(blocker, 'a file where the backup folder should be');
  await core.ok('settings.update', { backupFolder: join(blocker, 'carebook') });
  expect((await core.ok('book.lock', {})).backup).toBeNull();
  expect((await core.ok('book.status', {})).state).toBe('locked');

  await core.ok('book.unlock', { passphrase: PASSPHRASE });
  const failed = (await core.ok('attention.list', {})).items.find((i) => i.area === 'book');
  expect(failed).toMatchObject({ id: 'book.backup-failed', urgency: 'good-practice', title: 'Your last automatic backup did not work' });
  expect(failed?.detail).toMatch(/cannot use the folder .*plug it in/);

  // Backing up somewhere that works clears it.
  await core.ok('book.backup', { folder: tempDir() });
  expect((await core.ok('attention.list', {})).items.map((i) => i.id)).not.toContain('book.backup-failed');
});
