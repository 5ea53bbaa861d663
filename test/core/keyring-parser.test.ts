import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyringPath } from '../../electron/core/book/files.js';
import { coreWithBook, PASSPHRASE } from './helpers.js';

/** Issue 9: "A lax keyring parser". */
async function lockedBookWith(change: (slot: { iv: string; tag: string; wrappedKey: string }) => void) {
  const { core, folder } = await coreWithBook();
  await core.ok('book.lock', {});
  const keyring = JSON.parse(readFileSync(keyringPath(folder), 'utf8'));
  for (const slot of keyring.slots) change(slot);
  writeFileSync(keyringPath(folder), JSON.stringify(keyring));
  return { core, folder };
}

describe('the keyring is read strictly', () => {
  test('a 4-byte GCM tag (the real tag cut short) is damaged, not accepted', async () => {
    const { core } = await lockedBookWith((slot) => (slot.tag = Buffer.from(slot.tag, 'base64').subarray(0, 4).toString('base64')));
    expect((await core.fails('book.unlock', { passphrase: PASSPHRASE })).code).toBe('damaged_book');
  });

  test.each([
    ['an empty IV', (slot: { iv: string }) => (slot.iv = '')],
    ['a 16-byte IV', (slot: { iv: string }) => (slot.iv = Buffer.alloc(16).toString('base64'))],
    ['a 17-byte tag', (slot: { tag: string }) => (slot.tag = Buffer.alloc(17).toString('base64'))],
    ['a short wrapped key', (slot: { wrappedKey: string }) => (slot.wrappedKey = Buffer.alloc(8).toString('base64'))],
  ])('%s is reported as a damaged key file, not a wrong passphrase', async (_what, change) => {
    const { core } = await lockedBookWith(change as never);
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
  });

  test('a .keyring.*.tmp left by an interrupted passphrase change is removed at unlock', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const leftover = join(folder, '.keyring.0123456789ab.tmp');
    writeFileSync(leftover, '{"half": "written"');
    const other = join(folder, 'someone-elses.tmp');
    writeFileSync(other, 'not ours');
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});
