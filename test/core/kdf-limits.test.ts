import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyringPath } from '../../electron/core/book/files.js';
import { coreWithBook, PASSPHRASE, tempDir } from './helpers.js';

/** Issue 9: key-derivation limits that let a crafted file stall the app. */
describe('key derivation cannot stall the core', () => {
  test('a keyring asking for N=2^18, p=16 is refused as damaged at once, not derived for 8 s', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const keyring = JSON.parse(readFileSync(keyringPath(folder), 'utf8'));
    for (const slot of keyring.slots) Object.assign(slot.kdf, { N: 2 ** 18, p: 16 });
    writeFileSync(keyringPath(folder), JSON.stringify(keyring));
    const started = performance.now();
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('status and lock answer while a restore is deriving its key', async () => {
    const { core } = await coreWithBook();
    const info = await core.ok('book.backup', { folder: tempDir() });
    const order: string[] = [];
    const restoring = core.call('book.restore', { file: info.file, into: join(tempDir(), 'restored'), secret: { passphrase: PASSPHRASE } }).then((r) => {
      order.push('restore');
      return r;
    });
    // Give the restore a moment to start deriving, then ask for status and lock.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const status = core.call('book.status', {}).then((r) => order.push('status') && r);
    const lock = core.call('book.lock', {}).then((r) => order.push('lock') && r);
    await Promise.all([restoring, status, lock]);
    expect(order).toEqual(['status', 'lock', 'restore']);
    expect((await restoring).ok).toBe(true);
    expect((await core.ok('book.status', {})).state).toBe('unlocked');
  });

  test('a wrong passphrase derived ahead is still wrong, and the right one still unlocks', async () => {
    const { core } = await coreWithBook();
    await core.ok('book.lock', {});
    expect((await core.fails('book.unlock', { passphrase: 'not the passphrase at all' })).code).toBe('wrong_secret');
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
  });
});
