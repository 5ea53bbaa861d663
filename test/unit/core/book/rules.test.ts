import { describe, expect, test } from 'vitest';
import { backupAttention } from '../../../../electron/core/book/backup-rules.js';
import { checkKdfParams, KDF_DEFAULT, KDF_MINIMUM, newKdfParams } from '../../../../electron/core/book/kdf.js';
import { newRecoveryCode, normaliseRecoveryCode } from '../../../../electron/core/book/recovery-code.js';

describe('key-derivation settings', () => {
  const salt = newKdfParams().salt;
  test.each([
    ['the default', KDF_DEFAULT, null],
    ['the OWASP minimum', KDF_MINIMUM, null],
    ['stronger than the minimum', { N: 2 ** 18, r: 8, p: 2 }, null],
    ['N below the minimum', { N: 2 ** 16, r: 8, p: 1 }, 'weak_key_settings'],
    ['r below the minimum', { N: 2 ** 17, r: 4, p: 1 }, 'weak_key_settings'],
    ['p of zero', { N: 2 ** 17, r: 8, p: 0 }, 'weak_key_settings'],
    ['N not a power of two', { N: 2 ** 17 + 1, r: 8, p: 1 }, 'damaged_book'],
    ['absurd memory', { N: 2 ** 30, r: 8, p: 1 }, 'damaged_book'],
    // Issue 9: a crafted file asking for N=2^18, p=16 stalled every call for 8 s.
    ['the crafted N=2^18, p=16', { N: 2 ** 18, r: 8, p: 16 }, 'damaged_book'],
    ['more than 4× the default’s work', { N: 2 ** 18, r: 8, p: 4 }, 'damaged_book'],
    ['r above the default (more memory)', { N: 2 ** 17, r: 16, p: 1 }, 'damaged_book'],
    ['N above 2^18', { N: 2 ** 19, r: 8, p: 1 }, 'damaged_book'],
    ['4× the default’s work exactly', { N: 2 ** 17, r: 8, p: 4 }, null],
  ])('%s', (_label, params, code) => {
    const check = () => checkKdfParams({ name: 'scrypt', salt, ...params });
    if (code) expect(check).toThrow(expect.objectContaining({ code }));
    else expect(check).not.toThrow();
  });

  test('the default is at or above the OWASP minimum', () => {
    expect(KDF_DEFAULT.N).toBeGreaterThanOrEqual(KDF_MINIMUM.N);
    expect(KDF_DEFAULT.r).toBeGreaterThanOrEqual(KDF_MINIMUM.r);
    expect(KDF_DEFAULT.p).toBeGreaterThanOrEqual(KDF_MINIMUM.p);
  });

  test('a short salt is refused', () => {
    expect(() => checkKdfParams({ name: 'scrypt', ...KDF_DEFAULT, salt: 'AAAA' })).toThrow(expect.objectContaining({ code: 'damaged_book' }));
  });
});

describe('recovery code', () => {
  test('five groups of five, from an alphabet without I, L, O or U', () => {
    for (let i = 0; i < 50; i++) expect(newRecoveryCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
  });
  test('two codes differ', () => expect(newRecoveryCode()).not.toBe(newRecoveryCode()));
  test.each([
    ['ABCDE-FGHJK-MNPQR-STVWX-YZ012', 'ABCDEFGHJKMNPQRSTVWXYZ012'],
    ['abcde fghjk mnpqr stvwx yz012', 'ABCDEFGHJKMNPQRSTVWXYZ012'],
    [' 0O1IL-xxxxx ', '00111XXXXX'],
    ['a.b_c-d e', 'ABCDE'],
  ])('%j is read as %j', (typed, canonical) => expect(normaliseRecoveryCode(typed)).toBe(canonical));
});

describe('backup reminder', () => {
  const TODAY = '2026-05-01';
  test.each([
    // Backups are good practice, not the law: after every legal duty on Home.
    ['never backed up', null, null, 'book.no-backup', 'good-practice'],
    ['backed up today', '2026-05-01', null, null, null],
    ['29 days ago', '2026-04-02', null, null, null],
    ['30 days ago', '2026-04-01', null, 'book.backup-overdue', 'good-practice'],
    ['a year ago', '2025-05-01', null, 'book.backup-overdue', 'good-practice'],
    ['the last automatic backup failed', '2026-04-30', 'Carebook cannot use the folder /media/stick.', 'book.backup-failed', 'good-practice'],
    ['failed, and never made one', null, 'Carebook cannot use the folder /media/stick.', 'book.backup-failed', 'good-practice'],
  ])('%s', (_label, lastBackup, lastProblem, id, urgency) => {
    const item = backupAttention({ lastBackup, lastProblem, hasFolder: true }, TODAY);
    expect(item?.id ?? null).toBe(id);
    expect(item?.urgency ?? null).toBe(urgency);
  });

  test('a failure says what went wrong and what to do', () => {
    const item = backupAttention({ lastBackup: null, lastProblem: 'Carebook cannot use the folder /media/stick.', hasFolder: true }, TODAY);
    expect(item?.detail).toMatch(/^Carebook cannot use the folder \/media\/stick\. .*plug it in/);
  });

  test('without a backup folder the action says to choose one', () => {
    expect(backupAttention({ lastBackup: null, lastProblem: null, hasFolder: false }, TODAY)?.action.label).toMatch(/Choose a backup folder/);
  });
});
