import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../../shared/api/index.js';
import { writeSettings } from '../settings/index.js';
import { newKeyring, writeKeyring } from './keyring.js';
import { OpenBook, type Migrations } from './open-book.js';
import { newRecoveryCode } from './recovery-code.js';

/**
 * Create a book in an empty folder and leave it open. The database is written first and the
 * keyring last, so a crash part-way leaves no keyring: the folder never looks like a book.
 */
export async function createBook(
  folder: string,
  passphrase: string,
  migrations: Migrations,
  options: { isExample?: boolean } = {},
): Promise<{ book: OpenBook; recoveryCode: string }> {
  const dataKey = randomBytes(32);
  const recoveryCode = newRecoveryCode();
  const keyring = await newKeyring(dataKey, passphrase, recoveryCode);
  let book: OpenBook | undefined;
  try {
    book = await OpenBook.open(folder, dataKey, keyring, { migrations, unlockedWith: 'passphrase', create: true, ...options });
    await writeSettings(book.db, DEFAULT_SETTINGS);
    writeKeyring(folder, keyring);
    return { book, recoveryCode };
  } catch (error) {
    book?.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
