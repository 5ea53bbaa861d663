import { rmSync } from 'node:fs';
import type { SecretInput } from '../../shared/api/index.js';
import { copyDatabaseOut, openBackup } from './backup-file.js';
import { dbPath, writeFileAtomic } from './files.js';
import { checkEmptyFolder, prepareEmptyFolder } from './folders.js';
import { unwrapKey, writeKeyring } from './keyring.js';
import { OpenBook, type Migrations } from './open-book.js';
import { secretOf } from './unlock.js';

/**
 * Restore a backup into a new, empty folder and open it. The current book is never touched:
 * it stays in its own folder. The file, the folder and the secret are all checked before
 * anything is written; the database is streamed out of the backup (never read whole) under a
 * temp name and checked against its checksum before it is given its real name.
 */
export async function restoreBackup(file: string, into: string, secret: SecretInput, migrations: Migrations): Promise<OpenBook> {
  const opened = openBackup(file);
  let dataKey: Buffer | undefined;
  try {
    const { keyring } = opened.manifest;
    checkEmptyFolder(into, 'into');
    const { kind, secret: typed } = secretOf(secret);
    dataKey = await unwrapKey(keyring, kind, typed);
    const folder = prepareEmptyFolder(into, 'into');
    try {
      writeFileAtomic(dbPath(folder), (fd) => copyDatabaseOut(opened, fd));
      writeKeyring(folder, keyring);
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    const key = dataKey;
    dataKey = undefined; // OpenBook.open owns (and zeroes) it from here
    try {
      return await OpenBook.open(folder, key, keyring, { migrations, unlockedWith: kind });
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  } finally {
    dataKey?.fill(0);
    opened.close();
  }
}
