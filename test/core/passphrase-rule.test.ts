import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { examplePassphrase, PASSPHRASE_MIN_SCORE } from '../../electron/core/book/passphrase-rule.js';
import { passphraseStrength } from '../../electron/shared/passphrase-strength.js';
import { coreWithBook, PASSPHRASE, testCore } from './helpers.js';

/** Issue 8, item 2 (core side): a weak or very common passphrase is refused, with why and a good example. */
describe('a passphrase that protects the book', () => {
  test.each(['password1234', 'Summer2024!!', 'correct horse battery staple', 'aaaaaaaaaaaaaaaa'])('book.create refuses %s and makes nothing', async (weak) => {
    const core = testCore();
    const error = await core.fails('book.create', { passphrase: weak });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.passphrase).toMatch(/three or four unrelated words, for example “[a-z]+ [a-z]+ [a-z]+ [a-z]+”/);
    expect(error.message).not.toContain(weak);
    expect((await core.ok('book.status', {})).state).toBe('none');
    expect(existsSync((await core.ok('book.status', {})).defaultFolder)).toBe(false);
  });

  test('book.changePassphrase refuses a very common one and keeps the old passphrase', async () => {
    const { core } = await coreWithBook();
    const error = await core.fails('book.changePassphrase', { current: PASSPHRASE, next: 'password1234' });
    expect(error.fields?.next).toMatch(/very common/);
    await core.ok('book.lock', {});
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
  });

  test('every example offered is itself rated good enough', () => {
    for (let i = 0; i < 300; i++) expect(passphraseStrength(examplePassphrase()).score).toBeGreaterThanOrEqual(PASSPHRASE_MIN_SCORE);
  });
});
