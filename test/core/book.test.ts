import { existsSync, openSync, readFileSync, statSync, utimesSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../electron/core/areas.js';
import { unlockBook } from '../../electron/core/book/unlock.js';
import { coreWithBook, PASSPHRASE, testCore, withBook } from './helpers.js';

const PROFILE = {
  kind: 'individual' as const,
  name: 'Jo Bloggs',
  addressLine1: '12 Elm Road',
  town: 'Leeds',
  postcode: 'LS1 4AB',
  email: 'jo@example.com',
};

describe('a new book', () => {
  test('round trip: what is written is read back after lock and unlock', async () => {
    const { core } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('settings.update', { autoLockMinutes: 12 });
    await core.ok('book.lock', {});
    expect((await core.ok('book.status', {})).state).toBe('locked');
    expect((await core.fails('employer.get', {})).code).toBe('book_locked');

    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    expect(await core.ok('employer.get', {})).toMatchObject(PROFILE);
    expect((await core.ok('settings.get', {})).autoLockMinutes).toBe(12);
  });

  test('a second core on the same data folder finds the book locked, and opens it', async () => {
    const { core } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.close();
    const again = testCore({ dataDir: core.dataDir });
    expect((await again.ok('book.status', {})).state).toBe('locked');
    await again.ok('book.unlock', { passphrase: PASSPHRASE });
    expect((await again.ok('employer.get', {}))?.name).toBe('Jo Bloggs');
  });

  test('first run: no book yet', async () => {
    const core = testCore();
    const status = await core.ok('book.status', {});
    expect(status).toMatchObject({ state: 'none', isExample: false });
    expect(status.folder).toBe(status.defaultFolder);
    expect((await core.fails('book.unlock', { passphrase: PASSPHRASE })).code).toBe('no_book');
  });

  test('refuses a short passphrase, naming the field, and creates nothing', async () => {
    const core = testCore();
    const error = await core.fails('book.create', { passphrase: 'too short' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.passphrase).toMatch(/at least 12 characters/);
    expect((await core.ok('book.status', {})).state).toBe('none');
  });

  test('refuses to create a book in a folder that already has one, or other files', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    expect((await core.fails('book.create', { folder, passphrase: PASSPHRASE })).code).toBe('book_exists');
    const other = join(core.dataDir, 'busy');
    writeFileSync(join(core.dataDir, 'note.txt'), 'x');
    expect((await core.fails('book.create', { folder: core.dataDir, passphrase: PASSPHRASE })).code).toBe('folder_problem');
    expect((await core.ok('book.status', {})).state).toBe('locked');
    void other;
  });
});

describe('secrets', () => {
  test('a wrong passphrase is refused in plain English and changes nothing', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('book.lock', {});
    const keyringBefore = readFileSync(join(folder, 'keyring'));
    const error = await core.fails('book.unlock', { passphrase: 'not the right passphrase' });
    expect(error.code).toBe('wrong_secret');
    expect(error.message).toMatch(/passphrase is not right/);
    expect(error.fields?.passphrase).toBeTruthy();
    expect(readFileSync(join(folder, 'keyring'))).toEqual(keyringBefore);
    expect((await core.ok('book.status', {})).state).toBe('locked');
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    expect((await core.ok('employer.get', {}))?.name).toBe('Jo Bloggs');
  });

  test('the recovery code opens the book, however it is typed, and a wrong one does not', async () => {
    const { core, recoveryCode } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('book.lock', {});
    const wrong = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await core.fails('book.unlock', { recoveryCode: wrong })).code).toBe('wrong_secret');
    // Lower case, spaces instead of dashes: still the same code.
    const typed = ` ${recoveryCode.toLowerCase().replaceAll('-', ' ')} `;
    const status = await core.ok('book.unlock', { recoveryCode: typed });
    expect(status).toMatchObject({ state: 'unlocked', unlockedWithRecoveryCode: true });
    expect((await core.ok('employer.get', {}))?.name).toBe('Jo Bloggs');
  });

  test('forgotten passphrase: after the recovery code, a new passphrase needs no current one', async () => {
    const { core, recoveryCode } = await coreWithBook();
    await core.ok('book.lock', {});
    await core.ok('book.unlock', { recoveryCode });
    await core.ok('book.changePassphrase', { next: 'a brand new passphrase' });
    await core.ok('book.lock', {});
    expect((await core.fails('book.unlock', { passphrase: PASSPHRASE })).code).toBe('wrong_secret');
    await core.ok('book.unlock', { passphrase: 'a brand new passphrase' });
    // The recovery code still works too.
    await core.ok('book.lock', {});
    await core.ok('book.unlock', { recoveryCode });
  });

  test('changing the passphrase keeps every record and needs the current one', async () => {
    const { core } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('settings.update', { backupsToKeep: 7 });
    const missing = await core.fails('book.changePassphrase', { next: 'another long passphrase' });
    expect(missing.fields?.current).toMatch(/current passphrase/);
    const wrong = await core.fails('book.changePassphrase', { current: 'wrong wrong wrong', next: 'another long passphrase' });
    expect(wrong).toMatchObject({ code: 'wrong_secret' });
    await core.ok('book.changePassphrase', { current: PASSPHRASE, next: 'another long passphrase' });
    await core.ok('book.lock', {});
    expect((await core.fails('book.unlock', { passphrase: PASSPHRASE })).code).toBe('wrong_secret');
    await core.ok('book.unlock', { passphrase: 'another long passphrase' });
    expect(await core.ok('employer.get', {})).toMatchObject(PROFILE);
    expect((await core.ok('settings.get', {})).backupsToKeep).toBe(7);
  });
});

/** Overwrite a little of every page from byte `from` in place: same size, so only the file's times say it changed. */
function damagePagesFrom(db: string, from = 4096): void {
  const size = statSync(db).size;
  const fd = openSync(db, 'r+');
  try {
    for (let at = from - (from % 4096); at < size; at += 4096) writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, at + 100);
  } finally {
    closeSync(fd);
  }
}

describe('the integrity check, made at lock (checked-mark.ts)', () => {
  test('a lock checks the book and leaves a mark; the next unlock trusts the unchanged file once', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('book.lock', {});
    expect(existsSync(join(folder, 'checked'))).toBe(true);
    const trusted = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
    expect(trusted.checkedAtOpen).toBe(false);
    expect(existsSync(join(folder, 'checked'))).toBe(false); // used once
    trusted.close(); // closed as a crash would leave it: no lock, so no check and no mark
    expect(existsSync(join(folder, 'checked'))).toBe(false);
    const after = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
    expect(after.checkedAtOpen).toBe(true);
    after.close();
  });

  test('a database file touched while Carebook was closed is checked again at unlock', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const db = join(folder, 'carebook.db');
    const { atime, mtime } = statSync(db);
    utimesSync(db, atime, mtime); // the same times put back: the change time still moves
    const book = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
    expect(book.checkedAtOpen).toBe(true);
    book.close();
  });

  test('pages damaged in place while closed are found at unlock, though the size is the same', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('book.lock', {});
    damagePagesFrom(join(folder, 'carebook.db'));
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
    expect(error.message).toMatch(/Restore your most recent backup/);
  });

  test('a page that goes bad unseen (the mark still matching) is refused with advice when read, never in SQLite’s words', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('workers.create', { status: 'active', fullName: 'Sam Carter', startDate: '2024-01-08' });
    // Thousands of PAs, so their pages fill the end of the file, far from what unlocking reads.
    await withBook(core, folder, async (_db, book) => {
      const rest = (book.sqlite.pragma('table_info(worker)') as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
      book.sqlite.exec(`with recursive n(i) as (select 1 union all select i + 1 from n where i < 4000)
        insert into worker (id, ${rest.join(', ')}) select 'copy-' || i, ${rest.join(', ')} from n, (select * from worker limit 1)`);
    });
    await core.ok('book.lock', {});
    const db = join(folder, 'carebook.db');
    damagePagesFrom(db, Math.floor(statSync(db).size / 2));
    // As if the disk itself had changed the bytes: the mark made to match the file as it is now.
    const now = statSync(db);
    writeFileSync(join(folder, 'checked'), JSON.stringify({ size: now.size, mtimeMs: now.mtimeMs, ctimeMs: now.ctimeMs, ino: now.ino }));
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    const error = await core.fails('workers.list', {});
    expect(error.code).toBe('damaged_book');
    expect(error.message).toMatch(/Restore your most recent backup/);
    expect(error.message).not.toMatch(/SQLITE|malformed|not a database/i);
  });
});

describe('damaged books', () => {
  test('a damaged keyring gives a clear error that says to restore a backup', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    writeFileSync(join(folder, 'keyring'), '{"format": "carebook-keyring", "vers');
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
    expect(error.message).toMatch(/Restore your most recent backup/);
  });

  test('a truncated database is refused with advice, not opened', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('employer.update', PROFILE);
    await core.ok('book.lock', {});
    const db = join(folder, 'carebook.db');
    const bytes = readFileSync(db);
    writeFileSync(db, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
    expect(error.message).toMatch(/backup/);
  });

  test('a garbage database is refused with advice', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    writeFileSync(join(folder, 'carebook.db'), Buffer.alloc(64 * 1024, 7));
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
    expect(error.message).toMatch(/Restore your most recent backup/);
  });

  test('weakened key settings in the keyring are refused', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const keyring = JSON.parse(readFileSync(join(folder, 'keyring'), 'utf8'));
    keyring.slots[0].kdf.N = 2 ** 10;
    writeFileSync(join(folder, 'keyring'), JSON.stringify(keyring));
    expect((await core.fails('book.unlock', { passphrase: PASSPHRASE })).code).toBe('weak_key_settings');
  });
});
