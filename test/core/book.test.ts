import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coreWithBook, PASSPHRASE, testCore } from './helpers.js';

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
