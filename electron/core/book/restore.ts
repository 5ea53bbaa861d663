import { rmSync } from 'node:fs';
import type { SecretInput } from '../../shared/api/index.js';
import { readBackup } from './backup-file.js';
import { dbPath, writeFileAtomic } from './files.js';
import { prepareEmptyFolder } from './folders.js';
import { unwrapKey, writeKeyring } from './keyring.js';
import { OpenBook, type Migrations } from './open-book.js';
import { secretOf } from './unlock.js';

/**
 * Restore a backup into a new, empty folder and open it. The current book is never touched:
 * it stays in its own folder. The secret is checked before anything is written.
 */
export async function restoreBackup(file: string, into: string, secret: SecretInput, migrations: Migrations): Promise<OpenBook> {
  const { keyring, db } = readBackup(file);
  const { kind, secret: typed } = secretOf(secret);
  const dataKey = await unwrapKey(keyring, kind, typed);
  let folder: string;
  try {
    folder = prepareEmptyFolder(into, 'into');
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  try {
    writeFileAtomic(dbPath(folder), db);
    writeKeyring(folder, keyring);
    return await OpenBook.open(folder, dataKey, keyring, { migrations, unlockedWith: kind });
  } catch (error) {
    dataKey.fill(0);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
